package org.enforcementgraph.profile;

import org.enforcementgraph.agreement.AgreementRules;
import org.enforcementgraph.imports.detention.IceDetentionImporter;

/**
 * The facts that answer a county's questions and rubric factors, gathered once per county by {@link #gather} into a
 * map {@code _ev} of lists of evidence maps {@code {statement, date, dateAsPrinted, sortDate, fact, sources, ...}}
 * (a few subqueries, so the statement plans fast); each question or factor then picks and labels them with list
 * expressions ({@link #pick}): {@code indicates} is what the fact alone says (null: context only), and the answer is
 * read from the newest facts that indicate something ({@link #decision}).
 */
final class Evidence {

	private static final String EARLIEST = "date('0001-01-01')";

	/** The county node, found by id so the index answers it. */
	private static final String COUNTY = "MATCH (_c:County {id: _p.county.id}) ";

	/** Jurisdictions a county's answers are about: the county, agencies serving it, towns in it. */
	private static final String JURISDICTIONS = "MATCH (_j)-[:SERVES|IN_COUNTY*0..1]->(_c) ";

	private Evidence() {
	}

	/** Clauses binding {@code _ev}, the county's evidence lists, for the profile map {@code _p} ({county, asOf}). */
	static String gather() {
		return "CALL (_p) { " + COUNTY + "RETURN {agreements: " + agreements() + ", iceList: " + iceList() + ", laws: " + laws()
				+ ", policies: " + policies() + ", mentions: " + mentions() + ", grants: " + grants() + ", contracts: "
				+ contracts() + ", contractLists: " + contractLists() + "} AS _ev }";
	}

	/**
	 * The evidence of list {@code list} (a key of {@code _ev}) that {@code where} keeps (over {@code _e}), each with
	 * {@code indicates} (over {@code _e}).
	 */
	static String pick(String list, String where, String indicates) {
		return "[_e IN _ev." + list + " WHERE " + where + " | _e {.*, indicates: " + indicates + "}]";
	}

	private static String agreements() {
		return "COLLECT { MATCH (_a:Agency)-[:SERVES]->(_c) MATCH (_a)-[_pt:PARTY_TO]->(_g:Agreement {program: 'SECTION_287G'})"
				+ " WITH _a, _pt, _g, " + AgreementRules.activeOn("_g", "_p.asOf") + " AS _active"
				+ " RETURN {model: _g.model, active: _active, statement: _a.name + CASE WHEN _active THEN ' holds' ELSE ' held' END"
				+ " + ' a 287(g) agreement, ' + coalesce(toLower(replace(_g.model, '_', ' ')), 'model unknown') + ' model, signed '"
				+ " + coalesce(toString(_g.signedOn), 'on an unknown day') + CASE WHEN _active THEN '' ELSE ' (' + coalesce(toLower(_g.status), 'status unknown')"
				+ " + '; not in force on ' + toString(_p.asOf) + ')' END,"
				+ " date: _g.signedOn, dateAsPrinted: toString(_g.signedOn), sortDate: coalesce(_g.signedOn, " + EARLIEST + "), fact: _g,"
				+ " sources: _pt.sources} }";
	}

	/**
	 * ICE's newest list of 287(g) participating agencies on or before the day (ICE's list is the program's complete
	 * roster, so with no agreement in force it answers "no").
	 */
	private static String iceList() {
		return "COLLECT { MATCH (_src:Source {list: 'ICE_287G_PARTICIPATING'}) WHERE _src.snapshotDate <= _p.asOf"
				+ " WITH _src ORDER BY _src.snapshotDate DESC LIMIT 1"
				+ " RETURN {statement: \"ICE's list of 287(g) participating agencies of \" + toString(_src.snapshotDate)"
				+ " + ' shows no agreement in force of an agency serving the county',"
				+ " date: _src.snapshotDate, dateAsPrinted: toString(_src.snapshotDate), sortDate: _src.snapshotDate, fact: _src, sources: [_src.id]} }";
	}

	private static String laws() {
		String from = AgreementRules.inForceFrom("_law");
		return "COLLECT { MATCH (_c)-[:IN_STATE]->(:State)-[_en:ENACTED]->(_law:Law) WHERE " + from + " <= _p.asOf"
				+ " RETURN {kinds: _law.kinds, statement: 'State law ' + _law.billId + ' (' + _law.title + '): ' + coalesce(_law.summary, ''),"
				+ " date: " + from + ", dateAsPrinted: coalesce(_law.effectiveAsPrinted, _law.enactedAsPrinted), sortDate: " + from + ", fact: _law, sources: _en.sources} }";
	}

	private static String policies() {
		String from = "CASE WHEN _pol.adoptedOn IS NOT NULL THEN _pol.adoptedOn WHEN _pol.adoptedAsPrinted =~ '\\\\d{4}-\\\\d{2}'"
				+ " THEN date(_pol.adoptedAsPrinted + '-01') WHEN _pol.adoptedAsPrinted =~ '\\\\d{4}' THEN date(_pol.adoptedAsPrinted + '-01-01') END";
		String repealed = "(_pol.repealedOn IS NOT NULL AND _pol.repealedOn <= _p.asOf)";
		return "COLLECT { " + JURISDICTIONS + "MATCH (_j)-[_ad:ADOPTED]->(_pol:Policy) WITH _j, _ad, _pol, " + from + " AS _from"
				+ " WHERE _from IS NULL OR _from <= _p.asOf"
				+ " RETURN {topic: _pol.topic, stance: _pol.stance, repealed: " + repealed + ", statement: _j.name + ': ' + _pol.title"
				+ " + ' (' + toLower(_pol.stance) + ', ' + toLower(replace(_pol.topic, '_', ' '))"
				+ " + CASE WHEN " + repealed + " THEN '; repealed ' + toString(_pol.repealedOn) ELSE '' END + ')',"
				+ " date: _pol.adoptedOn, dateAsPrinted: coalesce(toString(_pol.adoptedOn), _pol.adoptedAsPrinted), sortDate: _from, fact: _pol, sources: _ad.sources} }";
	}

	private static String mentions() {
		String withdrawn = "coalesce(_n.figures CONTAINS '\"withdrawnByIce\":true', false)";
		return "COLLECT { " + JURISDICTIONS + "MATCH (_r:Report)-[_n:NAMES]->(_j) WHERE coalesce(_r.published, _r.periodEnd, " + EARLIEST + ") <= _p.asOf"
				+ " RETURN {kind: _r.kind, key: _n.key, withdrawn: " + withdrawn + ", statement: _r.title + ' names ' + coalesce(_n.nameAsPrinted, _j.name)"
				+ " + CASE WHEN _n.rank IS NOT NULL THEN ' (rank ' + toString(_n.rank) + ')' ELSE '' END + ': ' + coalesce(_n.figures, '')"
				+ " + CASE WHEN " + withdrawn + " THEN '; ICE later withdrew this attribution as a data processing error' ELSE '' END,"
				+ " date: coalesce(_r.published, _r.periodEnd), dateAsPrinted: toString(coalesce(_r.published, _r.periodEnd)),"
				+ " sortDate: coalesce(_r.published, _r.periodEnd, " + EARLIEST + "), fact: _r, sources: _n.sources} }";
	}

	private static String grants() {
		return "COLLECT { MATCH (_c)<-[:SERVES*0..1]-(_rec)-[_rc:RECEIVED]->(_grant:Grant) WHERE _grant.fiscalYear <= _p.asOf.year + 1"
				+ " RETURN {conditions: _grant.immigrationConditions, statement: coalesce(_rec.name, 'The county') + ' received ' + _grant.program"
				+ " + ' (FY' + toString(_grant.fiscalYear) + ')' + CASE WHEN _grant.immigrationConditions THEN ' with immigration-related conditions'"
				+ " ELSE ' (no immigration-related condition recorded)' END + coalesce(': ' + _grant.conditions, ''),"
				+ " date: null, dateAsPrinted: 'FY' + toString(_grant.fiscalYear), sortDate: date({year: _grant.fiscalYear - 1, month: 10, day: 1}),"
				+ " fact: _grant, sources: _rc.sources} }";
	}

	private static String contracts() {
		return "COLLECT { MATCH (_c)<-[:SERVES*0..1]-(_party)-[_pt:PARTY_TO]->(_d:Agreement) WHERE _d.program IN ['IGSA', 'USMS_IGA']"
				+ " AND " + AgreementRules.activeOn("_d", "_p.asOf") + " OPTIONAL MATCH (_d)-[:FOR_FACILITY]->(_fac:Facility)"
				+ " RETURN {statement: coalesce(_party.name, 'The county') + ' holds a detention contract (' + _d.program + ')' + coalesce(' for ' + _fac.name, ''),"
				+ " date: _d.firstSeen, dateAsPrinted: toString(_d.firstSeen), sortDate: coalesce(_d.firstSeen, " + EARLIEST + "), fact: _d,"
				+ " sources: _pt.sources} }";
	}

	/**
	 * ICE's facility lists in the graph: the files the detention importer read (the statistics workbooks, the 2015
	 * listing, the UWCHR list), which show every detention contract of their year. Found by the importer's name on
	 * the Source rather than through the contracts that cite them: a label scan of the Sources against ~6,000
	 * database hits for the 1,400 citations (about a quarter of the profile's statement), and a source an editor
	 * gives for a contract of their own is not one of ICE's lists.
	 */
	private static String contractLists() {
		return "COLLECT { MATCH (_list:Source) WHERE '" + IceDetentionImporter.NAME + "' IN _list.importers RETURN _list.id }";
	}

	/** "ICE's list shows none": the newest list, when no agreement of the county's is in force; {@code indicates} for it. */
	static String iceListShowsNone(String indicates) {
		return "CASE WHEN any(_x IN _ev.agreements WHERE _x.active) THEN [] ELSE [_e IN _ev.iceList | _e {.*, indicates: " + indicates + "}] END";
	}

	/** "No detention contract in ICE's facility lists in the graph", when it holds such lists and none is the county's. */
	static String noContract(String indicates) {
		return "CASE WHEN size(_ev.contracts) = 0 AND size(_ev.contractLists) > 0 THEN [{statement: \"No detention contract of the county"
				+ " or its agencies in ICE's facility lists in the graph\", sortDate: " + EARLIEST + ", indicates: " + indicates
				+ ", sources: _ev.contractLists}] ELSE [] END";
	}

	/**
	 * What a list of evidence maps answers: nothing indicating → {@code unknown}; otherwise what the newest indicating
	 * facts say, or {@code mixed} when facts of that same day disagree.
	 */
	static String decision(String evidence, String unknown, String mixed) {
		String decisive = "[_d IN " + evidence + " WHERE _d.indicates IS NOT NULL]";
		String newest = "reduce(_m = " + EARLIEST + ", _d IN " + decisive + " | CASE WHEN coalesce(_d.sortDate, " + EARLIEST
				+ ") > _m THEN _d.sortDate ELSE _m END)";
		String top = "[_d IN " + decisive + " WHERE coalesce(_d.sortDate, " + EARLIEST + ") = " + newest + " | _d.indicates]";
		return "CASE WHEN size(" + decisive + ") = 0 THEN '" + unknown + "' WHEN all(_i IN " + top + " WHERE _i = " + top
				+ "[0]) THEN " + top + "[0] ELSE '" + mixed + "' END";
	}

}
