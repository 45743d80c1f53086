package org.zhengtong.identity;

import java.util.List;
import java.util.Optional;

/** Read-only questions other modules ask about organisations and regions. */
public interface IdentityDirectory {

	Optional<Organisation> organisation(OrgId id);

	List<Organisation> organisations();

	Optional<Region> region(String code);

	List<Region> regions();
}
