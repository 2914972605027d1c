package org.enforcementgraph.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/**
 * How a {@code ChangeSet} is read: a map {@code {from, to, fromList, toList, fromAt, toAt}} made by
 * {@link ChangesController}, whose fields find the agreements in force on one day and not the other, and the
 * corrections recorded between the two lists.
 */
@Configuration(proxyBeanMethods = false)
class ChangeGraphTypes {

	private static final String IN_WINDOW = "that.at <= this.toAt AND (this.fromAt IS NULL OR that.at > this.fromAt)";

	private static final String LIST_CORRECTION = "MATCH (that:Correction {kind: 'SOURCE_CHANGE', importer: 'ice-287g'}) WHERE "
			+ IN_WINDOW;

	static String added(String agreement) {
		return AgreementRules.activeOn(agreement, "this.to") + " AND NOT " + AgreementRules.activeOn(agreement, "this.from");
	}

	static String ended(String agreement) {
		return AgreementRules.activeOn(agreement, "this.from") + " AND NOT " + AgreementRules.activeOn(agreement, "this.to");
	}

	private static String modelsOn(String day) {
		return "COLLECT { MATCH (_agency)-[:PARTY_TO]->(_m:Agreement {program: 'SECTION_287G'}) WHERE "
				+ AgreementRules.activeOn("_m", day) + " RETURN DISTINCT _m.model AS _model ORDER BY _model }";
	}

	@Bean
	GraphType changeSetType() {
		return GraphType.value("ChangeSet")
			.expression("from", "this.from")
			.expression("to", "this.to")
			.one("fromList", "UNWIND [this.fromList] AS that WITH that WHERE that IS NOT NULL", "Source")
			.one("toList", "UNWIND [this.toList] AS that WITH that WHERE that IS NOT NULL", "Source")
			.many("added", "MATCH (that:Agreement {program: 'SECTION_287G'}) WHERE this.toList IS NOT NULL AND " + added("that"),
					"Agreement", AgreementRules.NEWEST_FIRST)
			.many("ended", "MATCH (that:Agreement {program: 'SECTION_287G'}) WHERE this.toList IS NOT NULL AND " + ended("that"),
					"Agreement", AgreementRules.NEWEST_FIRST)
			.many("modelSwitches", "MATCH (_agency:Agency)-[:PARTY_TO]->(_x:Agreement {program: 'SECTION_287G'})"
					+ " WHERE this.toList IS NOT NULL AND ((" + added("_x") + ") OR (" + ended("_x") + "))"
					+ " WITH DISTINCT _agency, this"
					+ " WITH _agency, " + modelsOn("this.from") + " AS _before, " + modelsOn("this.to") + " AS _after"
					+ " WHERE size(_before) > 0 AND size(_after) > 0 AND _before <> _after"
					+ " WITH {agency: _agency, fromModels: _before, toModels: _after} AS that", "ModelSwitch",
					"that.agency.name, that.agency.id")
			.many("corrections", LIST_CORRECTION, "Correction", "that.at, that.id")
			.many("renamedAgencies", LIST_CORRECTION + " AND that.field = 'name' AND EXISTS { (that)-[:CORRECTS]->(:Agency) }",
					"AgencyRename", "that.at, that.id")
			.build();
	}

	@Bean
	GraphType modelSwitchType() {
		return GraphType.value("ModelSwitch")
			.one("agency", "UNWIND [this.agency] AS that", "Agency")
			.expression("fromModels", "this.fromModels")
			.expression("toModels", "this.toModels")
			.build();
	}

	@Bean
	GraphType agencyRenameType() {
		return GraphType.value("AgencyRename")
			.one("agency", "MATCH (this)-[:CORRECTS]->(that:Agency)", "Agency")
			.expression("oldName", "this.oldValue")
			.expression("newName", "this.newValue")
			.one("correction", "UNWIND [this] AS that", "Correction")
			.build();
	}

}
