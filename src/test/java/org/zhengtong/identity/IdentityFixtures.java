package org.zhengtong.identity;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.springframework.stereotype.Component;

/**
 * Creates uniquely named organisations and accounts for tests (the database is shared by the
 * tests of a run), and computes authenticator codes the way a phone app does.
 */
@Component
public class IdentityFixtures {

	public static final String PASSWORD = "Test@2026ok";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/**
	 * Personal numbers for tests: a counter from a random start, so numbers never repeat within a run
	 * (the PostgreSQL test database is shared by all test classes) and rarely across runs. Region
	 * 339902 keeps them apart from the demo county's 339901 citizens.
	 */
	private static final java.util.concurrent.atomic.AtomicLong PERSON = new java.util.concurrent.atomic.AtomicLong(
			new java.util.Random().nextInt(19_000_000));

	/** A valid ID number (GB 11643) no other test or demo person has. */
	public static String newIdNumber() {
		long n = PERSON.incrementAndGet();
		java.time.LocalDate birth = java.time.LocalDate.of(1950, 1, 1).plusDays((n / 1000) % 20_000);
		String first17 = "339902" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
		return first17 + ResidentIdNumber.checkCharFor(first17);
	}

	/** A mobile number no other test person has (the demo county gives out no 166 numbers). */
	public static String newMobile() {
		return "166" + String.format("%08d", PERSON.incrementAndGet() % 100_000_000);
	}

	private final IdentityImport identity;

	private String passwordHash;

	public IdentityFixtures(IdentityImport identity) {
		this.identity = identity;
	}

	public static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
	}

	public OrgId department(String name) {
		return identity.importOrganisation(unique(name), null, OrgKind.DEPARTMENT, null, null, "339901");
	}

	/** A staff member with an enrolled second factor; returns the login and the secret. */
	public Staff staff(String roleCode, DataScope scope) {
		String username = unique("t");
		String secret = new DefaultSecretGenerator(32).generate();
		OrgId org = department("测试局");
		List<IdentityImport.RoleGrant> grants = roleCode == null ? List.of()
				: List.of(new IdentityImport.RoleGrant(roleCode, scope));
		UserId id = identity.importStaff(username, "测试" + username, hash(), org, "科员", secret, grants, false);
		return new Staff(id, username, secret, org);
	}

	public Staff staff(String roleCode) {
		return staff(roleCode, DataScope.all());
	}

	/** A staff member who has not yet enrolled a second factor. */
	public Staff newStaff(String roleCode) {
		String username = unique("n");
		OrgId org = department("测试局");
		UserId id = identity.importStaff(username, "新人" + username, hash(), org, "科员", null,
				List.of(new IdentityImport.RoleGrant(roleCode, DataScope.ownOrganisation())), false);
		return new Staff(id, username, null, org);
	}

	/** A citizen with a valid, unique ID number in the demo county. */
	public Citizen citizen() {
		String idNumber = newIdNumber();
		String mobile = newMobile();
		identity.importCitizens(List.of(new IdentityImport.CitizenRecord("测试居民", idNumber, mobile)), hash(), false);
		return new Citizen(idNumber, mobile);
	}

	public String hash() {
		if (passwordHash == null) {
			passwordHash = identity.hashPassword(PASSWORD);
		}
		return passwordHash;
	}

	public static String codeNow(String secret) {
		return codeAt(secret, Instant.now().getEpochSecond() / 30);
	}

	public static String codeAt(String secret, long step) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Staff(UserId id, String username, String secret, OrgId org) {
	}

	public record Citizen(String idNumber, String mobile) {
	}
}
