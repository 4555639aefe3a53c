/** Staff pages of outreach ({@code /console/outreach/**}): suggestions and reply deadlines, campaigns, systemic findings. Templates in {@code templates/outreach/}, messages {@code outreach.*}. */
package cn.procuratorate.wages.console.outreach;
