/** Staff charts ({@code /console/charts/**}) drawn with Chart.js from the services' figures. Templates in {@code templates/charts/}, messages {@code charts.*}. */
package cn.procuratorate.wages.console.charts;
