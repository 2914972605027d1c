package org.enforcementgraph.agreement;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Agreement ids (README, Ids): {@code agreement:287g:<ST>:<agency key>:<jem|wso|tfm>:<signed YYYY-MM-DD>} for
 * 287(g) (the signing date as first printed, or {@code pending} before signing), and
 * {@code agreement:<igsa|usms-iga>:<party key>:<facility key>} for detention contracts.
 */
public final class AgreementIds {

	private static final Map<String, String> MODEL_CODES = Map.of("JAIL_ENFORCEMENT", "jem", "WARRANT_SERVICE_OFFICER",
			"wso", "TASK_FORCE", "tfm");

	private AgreementIds() {
	}

	/** The key of a party in agreement ids: {@code FL:alachua-county-sheriffs-office} or {@code county-12001}. */
	public static String partyKey(String partyId) {
		if (partyId.startsWith("agency:")) {
			return partyId.substring("agency:".length());
		}
		return partyId.replace(':', '-');
	}

	public static String section287g(String agencyId, String model, LocalDate signedOn) {
		return "agreement:287g:" + partyKey(agencyId) + ":" + modelCode(model) + ":"
				+ ((signedOn != null) ? signedOn.toString() : "pending");
	}

	public static String detention(String program, String partyId, String facilityOrDate) {
		String programKey = "USMS_IGA".equals(program) ? "usms-iga" : "igsa";
		return "agreement:" + programKey + ":" + partyKey(partyId) + ":" + facilityOrDate.toLowerCase(Locale.ROOT);
	}

	public static String modelCode(String model) {
		String code = MODEL_CODES.get(model);
		if (code == null) {
			throw new IllegalArgumentException("Not a 287(g) model: " + model);
		}
		return code;
	}

}
