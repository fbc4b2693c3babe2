// Draws the dashboard's charts from the figures the server embedded; the tables below them hold the same numbers.
(function () {
  const figures = JSON.parse(document.getElementById('figures').textContent);
  const colours = { resolved: '#2e7d32', outOfFixes: '#f9a825', handedOff: '#1565c0', abandoned: '#9e9e9e',
    other: '#bcaaa4', fixed: '#2e7d32', notFixed: '#e65100', skipped: '#90a4ae', left: '#9e9e9e' };
  const drawn = [];
  const bar = (id, labels, series, options) => {
    const canvas = document.getElementById(id);
    if (!canvas) return;
    drawn.push(new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: series.map(([key, label, values]) => ({ label, data: values, backgroundColor: colours[key] })) },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }, options || {})
    }));
  };

  const days = figures.days;
  bar('chart-resolution', days.map(d => d.day), [
    ['resolved', 'resolved', days.map(d => d.resolved)], ['outOfFixes', 'out of fixes', days.map(d => d.outOfFixes)],
    ['handedOff', 'handed off', days.map(d => d.handedOff)], ['abandoned', 'abandoned', days.map(d => d.abandoned)],
    ['other', 'other', days.map(d => d.other)]]);

  Object.keys(figures.funnels).sort().forEach((symptom, i) => {
    const steps = figures.funnels[symptom];
    bar('chart-funnel-' + i, steps.map(s => 'fix ' + s.position), [
      ['fixed', 'fixed', steps.map(s => s.fixed)], ['notFixed', 'not fixed', steps.map(s => s.notFixed)],
      ['skipped', 'skipped', steps.map(s => s.skipped)], ['left', 'left', steps.map(s => s.left)]]);
  });

  const fixes = figures.fixes;
  const canvas = document.getElementById('chart-fixes');
  if (canvas) {
    drawn.push(new Chart(canvas, {
      type: 'bar',
      data: { labels: fixes.map(f => f.label), datasets: [
        { label: 'interval low', data: fixes.map(f => f.low * 100), backgroundColor: 'rgba(0,0,0,0)', stack: 'i' },
        { label: '95 % interval', data: fixes.map(f => (f.high - f.low) * 100), backgroundColor: '#a5d6a7', stack: 'i' },
        { label: 'success %', data: fixes.map(f => f.rate * 100), backgroundColor: '#2e7d32', type: 'line', showLine: false,
          pointRadius: 5 }] },
      options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true, min: 0, max: 100 }, y: { stacked: true } },
        plugins: { legend: { labels: { filter: item => item.text !== 'interval low' } } } }
    }));
  }

  const c = figures.containment;
  const doughnut = document.getElementById('chart-containment');
  if (doughnut) {
    drawn.push(new Chart(doughnut, {
      type: 'doughnut',
      data: { labels: ['stayed resolved', 'came back within 7 days'],
        datasets: [{ data: [c.stayed, c.cameBack], backgroundColor: ['#2e7d32', '#e65100'] }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false }
    }));
  }
  // For the browser test, and for anyone checking that every chart came up.
  document.body.dataset.chartsDrawn = String(drawn.length);
})();
