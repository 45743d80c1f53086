package org.zhengtong.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.codec.binary.Base32;
import org.zhengtong.identity.ResidentIdNumber;
import org.zhengtong.identity.UnifiedSocialCreditCode;
import org.zhengtong.platform.crypto.SmCrypto;

/**
 * The documented demo logins (README): one password for every demo account, the fixed citizen
 * and enterprise, and each staff member's second-factor secret, derived from the seed so that
 * a test or a newcomer can compute the current code.
 */
public final class DemoAccounts {

	/** The password of every demo account (meets the 8-character, 3-class rule). */
	public static final String PASSWORD = "Demo@2026";

	public static final String COUNTY_CODE = "339901";

	/** 张三, the demo citizen: born 7 March 1990 in the demo county. */
	public static final String CITIZEN_NAME = "张三";

	public static final String CITIZEN_ID_NUMBER = withIdCheck(COUNTY_CODE + "19900307" + "001");

	public static final String CITIZEN_MOBILE = "13800000001";

	public static final String ENTERPRISE_NAME = "示范县青山茶业有限公司";

	public static final String ENTERPRISE_CREDIT_CODE = withCreditCheck("91" + COUNTY_CODE + "MA0000001");

	public static final String ENTERPRISE_LEGAL_REP = "李四";

	private DemoAccounts() {
	}

	/** The second-factor secret of a demo staff account (base32, 160 bits). */
	public static String totpSecret(long seed, String username) {
		byte[] digest = SmCrypto.sm3((seed + ":" + username).getBytes(StandardCharsets.UTF_8));
		return new Base32().encodeAsString(Arrays.copyOf(digest, 20)).replace("=", "");
	}

	static String withIdCheck(String first17) {
		return first17 + ResidentIdNumber.checkCharFor(first17);
	}

	static String withCreditCheck(String first17) {
		return first17 + UnifiedSocialCreditCode.checkCharFor(first17);
	}
}
