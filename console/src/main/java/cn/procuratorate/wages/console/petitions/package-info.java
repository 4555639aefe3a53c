/** Staff pages about petitions ({@code /console/petitions/**}): intake of letters, visits and calls, list, petition page, routing. Templates in {@code templates/petitions/}, messages {@code petitions.*}. */
package cn.procuratorate.wages.console.petitions;
