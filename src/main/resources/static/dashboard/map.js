// The county map: every county page by page (500 at a time, the API's largest page), colored by the 287(g)
// models of the agreements in force on the chosen day.
const MODEL_COLORS = {
  NONE: '#e6e6e6',
  JAIL_ENFORCEMENT: '#2166ac',
  WARRANT_SERVICE_OFFICER: '#f4a582',
  TASK_FORCE: '#b2182b',
  SEVERAL: '#762a83'
};

const MODEL_LABELS = {
  NONE: 'No 287(g) agreement',
  JAIL_ENFORCEMENT: 'Jail enforcement',
  WARRANT_SERVICE_OFFICER: 'Warrant service officer',
  TASK_FORCE: 'Task force',
  SEVERAL: 'Several models'
};

const COUNTIES_QUERY = `query Counties($state: String, $asOf: Date, $after: String) {
  counties(filter: {state: $state}, first: 500, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { fips name state { postal } geometry agreements(asOf: $asOf, program: SECTION_287G) { model } } }
  }
}`;

async function loadCounties(state, asOf) {
  const counties = [];
  let after = null;
  let total = 0;
  do {
    const page = (await graphql(COUNTIES_QUERY, { state: state || null, asOf, after })).counties;
    total = page.totalCount;
    page.edges.forEach(edge => counties.push(edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { counties, total };
}

function modelOf(county) {
  const models = [...new Set(county.agreements.map(a => a.model))];
  return models.length === 0 ? 'NONE' : models.length === 1 ? models[0] : 'SEVERAL';
}

function drawMap(svg, counties, onSelect) {
  const features = counties.filter(c => c.geometry).map(c => ({
    type: 'Feature', id: c.fips, geometry: c.geometry, properties: c
  }));
  const collection = { type: 'FeatureCollection', features };
  const projection = d3.geoAlbersUsa();
  if (features.length > 0) {
    projection.fitSize([975, 610], collection);
  }
  const path = d3.geoPath(projection);
  svg.selectAll('*').remove();
  svg.append('g')
    .selectAll('path')
    .data(features)
    .join('path')
    .attr('class', 'county')
    .attr('data-fips', d => d.id)
    .attr('data-model', d => modelOf(d.properties))
    .attr('d', path)
    .attr('fill', d => MODEL_COLORS[modelOf(d.properties)])
    .on('click', (event, d) => {
      svg.selectAll('path.county').classed('selected', false);
      d3.select(event.currentTarget).classed('selected', true);
      onSelect(d.properties.fips);
    })
    .append('title')
    .text(d => `${d.properties.name}, ${d.properties.state.postal}: ${MODEL_LABELS[modelOf(d.properties)]}`);
  return features.length;
}

function drawLegend(list) {
  list.selectAll('li')
    .data(Object.keys(MODEL_COLORS))
    .join('li')
    .html(key => `<span style="background:${MODEL_COLORS[key]}"></span>${MODEL_LABELS[key]}`);
}
