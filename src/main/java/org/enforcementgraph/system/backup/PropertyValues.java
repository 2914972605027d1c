package org.enforcementgraph.system.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Property values as JSON and back, without losing their Neo4j type: numbers, text, booleans and lists travel as
 * themselves; temporal values as {@code {"$date": "2025-01-01"}} and the like. The same encoding, written with sorted
 * keys, is what the fingerprint hashes.
 */
public final class PropertyValues {

	private PropertyValues() {
	}

	public static Object toJson(Object value) {
		return switch (value) {
			case null -> null;
			case LocalDate date -> Map.of("$date", date.toString());
			case ZonedDateTime dateTime -> Map.of("$datetime", dateTime.toOffsetDateTime().toString());
			case OffsetDateTime dateTime -> Map.of("$datetime", dateTime.toString());
			case LocalDateTime dateTime -> Map.of("$localdatetime", dateTime.toString());
			case LocalTime time -> Map.of("$localtime", time.toString());
			case OffsetTime time -> Map.of("$time", time.toString());
			case Integer number -> number.longValue();
			case Float number -> number.doubleValue();
			case List<?> list -> list.stream().map(PropertyValues::toJson).toList();
			case Object[] array -> java.util.Arrays.stream(array).map(PropertyValues::toJson).toList();
			case Map<?, ?> map -> {
				Map<String, Object> json = new TreeMap<>();
				map.forEach((key, item) -> json.put(String.valueOf(key), toJson(item)));
				yield json;
			}
			default -> value;
		};
	}

	public static Map<String, Object> toJson(Map<String, Object> properties) {
		Map<String, Object> json = new TreeMap<>();
		properties.forEach((key, value) -> json.put(key, toJson(value)));
		return json;
	}

	public static Object fromJson(Object value) {
		if (value instanceof Map<?, ?> tagged && tagged.size() == 1 && String.valueOf(tagged.keySet().iterator().next()).startsWith("$")) {
			Map.Entry<?, ?> entry = tagged.entrySet().iterator().next();
			String text = String.valueOf(entry.getValue());
			return switch (String.valueOf(entry.getKey())) {
				case "$date" -> LocalDate.parse(text);
				case "$datetime" -> OffsetDateTime.parse(text).toZonedDateTime();
				case "$localdatetime" -> LocalDateTime.parse(text);
				case "$localtime" -> LocalTime.parse(text);
				case "$time" -> OffsetTime.parse(text);
				default -> throw new IllegalArgumentException("unknown value type " + entry.getKey());
			};
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> values = new LinkedHashMap<>();
			map.forEach((key, item) -> values.put(String.valueOf(key), fromJson(item)));
			return values;
		}
		if (value instanceof List<?> list) {
			List<Object> values = new ArrayList<>();
			list.forEach(item -> values.add(fromJson(item)));
			return values;
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		return value;
	}

	public static Map<String, Object> fromJson(Map<String, Object> properties) {
		Map<String, Object> values = new LinkedHashMap<>();
		properties.forEach((key, value) -> values.put(key, fromJson(value)));
		return values;
	}

}
