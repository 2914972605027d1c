// Agreements signed per month, from agreementStats; the months without a signing are drawn as empty so the
// timeline is honest about gaps. Agreements with no known signing date (the Washington Post's yearly history,
// requests not yet signed) have no month: they are counted apart, not drawn.
const STATS_QUERY = `query Months($state: String) {
  agreementStats(groupBy: MONTH, filter: {program: SECTION_287G, state: $state}) { key count }
}`;

async function loadMonths(state) {
  return (await graphql(STATS_QUERY, { state: state || null })).agreementStats;
}

function drawChart(svg, stats) {
  const known = stats.filter(s => s.key !== 'UNKNOWN');
  svg.selectAll('*').remove();
  const total = known.reduce((sum, s) => sum + s.count, 0);
  const undated = stats.filter(s => s.key === 'UNKNOWN').reduce((sum, s) => sum + s.count, 0);
  svg.attr('data-total', total).attr('data-undated', undated);
  if (known.length === 0) {
    return { total, undated };
  }
  const first = d3.timeMonth.floor(d3.timeParse('%Y-%m')(known[0].key));
  const last = d3.timeMonth.floor(d3.timeParse('%Y-%m')(known[known.length - 1].key));
  const months = d3.timeMonth.range(first, d3.timeMonth.offset(last, 1)).map(d3.timeFormat('%Y-%m'));
  const counts = new Map(known.map(s => [s.key, s.count]));
  const margin = { top: 10, right: 10, bottom: 30, left: 40 };
  const width = 975 - margin.left - margin.right;
  const height = 260 - margin.top - margin.bottom;
  const x = d3.scaleBand().domain(months).range([0, width]).padding(0.1);
  const y = d3.scaleLinear().domain([0, d3.max(known, s => s.count)]).nice().range([height, 0]);
  const g = svg.append('g').attr('transform', `translate(${margin.left},${margin.top})`);
  g.selectAll('rect')
    .data(months)
    .join('rect')
    .attr('class', 'bar')
    .attr('data-month', m => m)
    .attr('data-count', m => counts.get(m) || 0)
    .attr('x', m => x(m))
    .attr('width', x.bandwidth())
    .attr('y', m => y(counts.get(m) || 0))
    .attr('height', m => height - y(counts.get(m) || 0))
    .append('title')
    .text(m => `${m}: ${counts.get(m) || 0} agreements signed`);
  const years = months.filter(m => m.endsWith('-01'));
  g.append('g').attr('class', 'axis').attr('transform', `translate(0,${height})`)
    .call(d3.axisBottom(x).tickValues(years).tickFormat(m => m.slice(0, 4)));
  g.append('g').attr('class', 'axis').call(d3.axisLeft(y).ticks(5));
  return { total, undated };
}
