// Draws each <canvas data-chart-type data-table> with Chart.js from the numbers of its table (td[data-value]):
// the table is the text alternative and the one source of the figures.
(function () {
  var palette = ['#8b1a1a', '#0b4f9c', '#0e6b2f', '#7a4a00', '#5b2a86', '#4a4a4a', '#b3541e', '#1f6f78'];
  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.table);
    if (!table || typeof Chart === 'undefined') { return; }
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1);
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (r) { return r.querySelector('th').textContent; });
    var type = canvas.dataset.chartType;
    var datasets = heads.map(function (h, i) {
      return {
        label: h.textContent,
        data: rows.map(function (r) { return Number(r.querySelectorAll('td')[i].dataset.value); }),
        backgroundColor: type === 'doughnut' ? palette : palette[i % palette.length]
      };
    });
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, animation: false, plugins: { legend: { position: 'bottom' } } }
    });
  }
  function drawAll() { document.querySelectorAll('canvas[data-chart-type]').forEach(draw); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', drawAll); } else { drawAll(); }
})();
