package org.enforcementgraph.law;

import org.enforcementgraph.system.Keys;

/** Law ids: {@code law:<ST>:<key made from the bill id>}, e.g. {@code law:FL:sb-1808-2022}. */
public final class LawIds {

	private LawIds() {
	}

	public static String of(String state, String billId) {
		return "law:" + state + ":" + Keys.slug(billId);
	}

}
