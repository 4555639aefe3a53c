/** Staff pages about cases ({@code /console/cases/**}): list with the API's filters, case page, transitions, payments. Templates in {@code templates/cases/}, messages {@code cases.*}. */
package cn.procuratorate.wages.console.cases;
