package org.enforcementgraph.profile;

import java.util.HashMap;
import java.util.Map;

import org.enforcementgraph.state.StateNames;

/**
 * The name of each state's public-records law, as the states themselves commonly call it, for telling a resident
 * what to request a record under; "the state's public records law" where not listed.
 */
final class PublicRecordsLaws {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("AL", "the Alabama Open Records Act"),
			Map.entry("AK", "the Alaska Public Records Act"), Map.entry("AZ", "the Arizona Public Records Law"),
			Map.entry("AR", "the Arkansas Freedom of Information Act"), Map.entry("CA", "the California Public Records Act"),
			Map.entry("CO", "the Colorado Open Records Act"), Map.entry("CT", "the Connecticut Freedom of Information Act"),
			Map.entry("DE", "the Delaware Freedom of Information Act"), Map.entry("DC", "the D.C. Freedom of Information Act"),
			Map.entry("FL", "Florida's public records law (Chapter 119, Florida Statutes)"), Map.entry("GA", "the Georgia Open Records Act"),
			Map.entry("HI", "Hawaii's Uniform Information Practices Act"), Map.entry("ID", "the Idaho Public Records Act"),
			Map.entry("IL", "the Illinois Freedom of Information Act"), Map.entry("IN", "Indiana's Access to Public Records Act"),
			Map.entry("IA", "Iowa's open records law (Iowa Code chapter 22)"), Map.entry("KS", "the Kansas Open Records Act"),
			Map.entry("KY", "the Kentucky Open Records Act"), Map.entry("LA", "the Louisiana Public Records Law"),
			Map.entry("ME", "Maine's Freedom of Access Act"), Map.entry("MD", "the Maryland Public Information Act"),
			Map.entry("MA", "the Massachusetts Public Records Law"), Map.entry("MI", "the Michigan Freedom of Information Act"),
			Map.entry("MN", "the Minnesota Government Data Practices Act"), Map.entry("MS", "the Mississippi Public Records Act"),
			Map.entry("MO", "the Missouri Sunshine Law"), Map.entry("MT", "Montana's public records law"),
			Map.entry("NE", "Nebraska's public records statutes"), Map.entry("NV", "the Nevada Public Records Act"),
			Map.entry("NH", "New Hampshire's Right-to-Know Law (RSA 91-A)"), Map.entry("NJ", "the New Jersey Open Public Records Act (OPRA)"),
			Map.entry("NM", "New Mexico's Inspection of Public Records Act"), Map.entry("NY", "New York's Freedom of Information Law (FOIL)"),
			Map.entry("NC", "the North Carolina Public Records Act"), Map.entry("ND", "North Dakota's open records law"),
			Map.entry("OH", "the Ohio Public Records Act"), Map.entry("OK", "the Oklahoma Open Records Act"),
			Map.entry("OR", "the Oregon Public Records Law"), Map.entry("PA", "Pennsylvania's Right-to-Know Law"),
			Map.entry("RI", "Rhode Island's Access to Public Records Act"), Map.entry("SC", "the South Carolina Freedom of Information Act"),
			Map.entry("SD", "South Dakota's public records law"), Map.entry("TN", "the Tennessee Public Records Act"),
			Map.entry("TX", "the Texas Public Information Act"), Map.entry("UT", "Utah's Government Records Access and Management Act (GRAMA)"),
			Map.entry("VT", "the Vermont Public Records Act"), Map.entry("VA", "the Virginia Freedom of Information Act"),
			Map.entry("WA", "the Washington Public Records Act"), Map.entry("WV", "the West Virginia Freedom of Information Act"),
			Map.entry("WI", "the Wisconsin Public Records Law"), Map.entry("WY", "the Wyoming Public Records Act"));

	private PublicRecordsLaws() {
	}

	/** Postal code → the law's name, for every state and territory (a parameter of the profile's statement). */
	static Map<String, String> byState() {
		Map<String, String> all = new HashMap<>();
		for (StateNames.State state : StateNames.ALL) {
			all.put(state.postal(), NAMES.getOrDefault(state.postal(), "the public records law of " + state.name()));
		}
		return all;
	}

}
