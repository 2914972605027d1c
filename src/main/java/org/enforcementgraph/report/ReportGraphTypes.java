package org.enforcementgraph.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.enforcementgraph.system.projection.GraphType;

/**
 * How {@code Report} and {@code ReportMention} are read:
 * {@code (:Report {kind, title, figures})-[:NAMES {rank, figures, nameAsPrinted, sources}]->(:County|Place|Agency)};
 * figures are JSON text.
 */
@Configuration(proxyBeanMethods = false)
class ReportGraphTypes {

	@Bean
	GraphType reportType() {
		return GraphType.node("Report", "Report")
			.properties("id", "kind", "title", "publisher", "published", "periodStart", "periodEnd", "figures")
			.many("named", "MATCH (this)-[that:NAMES]->()", "ReportMention",
					"coalesce(that.rank, 1000000), that.sortValue DESC, that.nameAsPrinted", "first")
			.citedSources()
			.build();
	}

	@Bean
	GraphType reportMentionType() {
		return GraphType.value("ReportMention")
			.properties("rank", "figures", "nameAsPrinted")
			.one("report", "UNWIND [startNode(this)] AS that", "Report")
			.one("jurisdiction", "UNWIND [endNode(this)] AS that", "Jurisdiction")
			.listedSources()
			.build();
	}

}
