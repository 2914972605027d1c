// Wires the controls to the map, the chart and the county panel; every load says what it drew in #status and in
// data attributes, which is also what the browser test reads.
const STATES_QUERY = `{ states { postal name } }`;

async function refresh() {
  const state = document.getElementById('state').value;
  const asOf = document.getElementById('asOf').value || null;
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  try {
    const [{ counties, total }, months] = await Promise.all([loadCounties(state, asOf), loadMonths(state)]);
    const drawn = drawMap(d3.select('#map'), counties, fips => showCounty(fips, asOf));
    const with287g = counties.filter(c => c.agreements.length > 0).length;
    const signed = drawChart(d3.select('#chart'), months);
    d3.select('#map').attr('data-count', drawn).attr('data-total', total);
    document.getElementById('chart-total').textContent = `${signed.total} agreements signed in all`
      + (signed.undated > 0 ? `, and ${signed.undated} without a known signing date (not drawn).` : '.');
    status.textContent = `${total} counties (${drawn} drawn), ${with287g} with a 287(g) agreement in force`
      + (asOf ? ` on ${asOf}` : ' today') + '.';
    document.body.dataset.ready = 'true';
  }
  catch (error) {
    status.textContent = 'Could not load: ' + error.message;
    document.body.dataset.ready = 'error';
  }
}

async function start() {
  drawLegend(d3.select('#legend'));
  document.getElementById('asOf').value = new Date().toISOString().slice(0, 10);
  const select = document.getElementById('state');
  (await graphql(STATES_QUERY)).states.forEach(s => select.add(new Option(s.name, s.postal)));
  select.addEventListener('change', refresh);
  document.getElementById('asOf').addEventListener('change', refresh);
  document.getElementById('panel-close').addEventListener('click', () => { document.getElementById('panel').hidden = true; });
  await refresh();
}

start();
