package org.enforcementgraph.system;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks Neo4j not to send its notices about labels, types and property keys the database does not hold yet. A
 * projection asks for every field a type can have, and many are absent from a given graph (a fresh one, or one
 * without some source imported), so almost every answer carried such notices; formatting them cost a seventh of a
 * request's time (measured with the benchmark) only to be dropped by the log.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotifications {

	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return builder -> builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
