// The county panel: its agencies and their agreements, facilities, field office and state laws, each with its
// sources, and the same connections drawn as a small graph.
const COUNTY_QUERY = `query County($fips: String!, $asOf: Date) {
  county(fips: $fips) {
    fips name
    state { name postal laws { id billId title kinds effectiveOn sources { title url } } }
    fieldOffice { id name }
    agencies {
      id name kind
      agreements { id program model signedOn status sources { title url } }
    }
    now: agreements(asOf: $asOf) { id }
    facilities { id name type operator { id name } sources { title url } }
    sources { title url }
  }
}`;

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function sourcesHtml(sources) {
  if (!sources || sources.length === 0) {
    return '';
  }
  return ' <span class="sources">(' + sources.map(s => s.url
    ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title)).join('; ') + ')</span>';
}

async function showCounty(fips, asOf) {
  const county = (await graphql(COUNTY_QUERY, { fips, asOf })).county;
  const inForce = new Set(county.now.map(a => a.id));
  document.getElementById('panel').hidden = false;
  document.getElementById('panel-title').textContent = `${county.name}, ${county.state.name}`;
  const agencies = county.agencies.map(a => `<li><strong>${escapeHtml(a.name)}</strong> (${escapeHtml(a.kind)})<ul>`
    + (a.agreements.length === 0 ? '<li>No agreement recorded</li>' : a.agreements.map(g => `<li>${escapeHtml(g.program)}`
      + `${g.model ? ' ' + escapeHtml(g.model) : ''}, signed ${escapeHtml(g.signedOn ?? 'date unknown')}, `
      + `${inForce.has(g.id) ? 'in force' : escapeHtml(g.status.toLowerCase())} ${sourcesHtml(g.sources)}</li>`).join(''))
    + '</ul></li>').join('');
  const facilities = county.facilities.map(f => `<li>${escapeHtml(f.name)} (${escapeHtml(f.type)})`
    + `${f.operator ? ', run by ' + escapeHtml(f.operator.name) : ''}${sourcesHtml(f.sources)}</li>`).join('');
  const laws = county.state.laws.map(l => `<li>${escapeHtml(l.billId)}: ${escapeHtml(l.title)} `
    + `(${escapeHtml(l.kinds.join(', '))}${l.effectiveOn ? ', effective ' + escapeHtml(l.effectiveOn) : ''})${sourcesHtml(l.sources)}</li>`).join('');
  document.getElementById('panel-body').innerHTML =
    `<h3>Agencies</h3><ul id="panel-agencies">${agencies || '<li>None recorded</li>'}</ul>`
    + `<h3>Detention facilities</h3><ul id="panel-facilities">${facilities || '<li>None recorded</li>'}</ul>`
    + `<h3>ICE field office</h3><ul><li>${escapeHtml(county.fieldOffice?.name ?? 'Not recorded')}</li></ul>`
    + `<h3>State laws</h3><ul id="panel-laws">${laws || '<li>None recorded</li>'}</ul>`
    + `<h3>Sources</h3><ul id="panel-sources">${county.sources.map(s => `<li>${sourcesHtml([s])}</li>`).join('')}</ul>`;
  drawConnections(d3.select('#panel-graph'), county);
  return county;
}

function drawConnections(svg, county) {
  const nodes = [{ id: county.fips, label: county.name, kind: 'county' }];
  const links = [];
  const add = (id, label, kind, from) => {
    if (!nodes.some(n => n.id === id)) {
      nodes.push({ id, label, kind });
    }
    links.push({ source: from, target: id });
  };
  county.agencies.forEach(a => {
    add(a.id, a.name, 'agency', county.fips);
    a.agreements.forEach(g => add(g.id, `${g.program === 'SECTION_287G' ? '287(g)' : g.program} ${g.model ?? ''}`, 'agreement', a.id));
  });
  county.facilities.forEach(f => {
    add(f.id, f.name, 'facility', county.fips);
    if (f.operator) {
      add(f.operator.id, f.operator.name, 'company', f.id);
    }
  });
  if (county.fieldOffice) {
    add(county.fieldOffice.id, county.fieldOffice.name, 'office', county.fips);
  }
  county.state.laws.forEach(l => add(l.id, l.billId, 'law', county.fips));
  const colors = { county: '#333', agency: '#2166ac', agreement: '#b2182b', facility: '#e08214', company: '#762a83', office: '#1b7837', law: '#8c510a' };
  svg.selectAll('*').remove();
  svg.attr('data-nodes', nodes.length);
  const link = svg.append('g').selectAll('line').data(links).join('line');
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'graph-node');
  node.append('circle').attr('r', d => d.kind === 'county' ? 8 : 5).attr('fill', d => colors[d.kind]);
  node.append('text').attr('dx', 7).attr('dy', 3).text(d => d.label.length > 28 ? d.label.slice(0, 27) + '…' : d.label);
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id(d => d.id).distance(45))
    .force('charge', d3.forceManyBody().strength(-90))
    .force('center', d3.forceCenter(210, 150))
    .stop();
  simulation.tick(200);
  link.attr('x1', d => d.source.x).attr('y1', d => d.source.y).attr('x2', d => d.target.x).attr('y2', d => d.target.y);
  node.attr('transform', d => `translate(${Math.max(5, Math.min(415, d.x))},${Math.max(5, Math.min(295, d.y))})`);
}
