package org.zhengtong.audit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.ChainProblem;

/**
 * Walks a stretch of the chain in seq order, a page at a time (memory stays bounded however long
 * the trail is), and stops at the first row that is out of place, unlinked or altered.
 */
@Component
public class ChainWalker {

	static final int PAGE_SIZE = 1000;

	private final AuditEntries entries;

	ChainWalker(AuditEntries entries) {
		this.entries = entries;
	}

	/** The end of a walk: how far it got and, if it stopped early, where and why. */
	public record Walk(long rowsChecked, long lastSeq, String lastHash, Long badSeq, ChainProblem problem) {

		public boolean intact() {
			return badSeq == null;
		}
	}

	/**
	 * Checks rows {@code firstSeq..upToSeq}: each must be at the next position, link to the hash
	 * before it, and hash to its stored hash; the rows before must end in {@code prevHash}.
	 */
	public Walk walk(long firstSeq, String prevHash, long upToSeq) {
		long expectedSeq = firstSeq;
		String expectedPrev = prevHash;
		long checked = 0;
		long after = firstSeq - 1;
		while (after < upToSeq) {
			List<AuditEntry> page = entries.chainPage(after, upToSeq, PAGE_SIZE);
			if (page.isEmpty()) {
				break;
			}
			for (int i = 0; i < page.size(); i++) {
				AuditEntry row = page.get(i);
				if (row.seq() != expectedSeq) {
					return new Walk(checked, expectedSeq - 1, expectedPrev, expectedSeq, ChainProblem.ROW_MISSING);
				}
				if (!expectedPrev.equals(row.prevHash())) {
					// The row that should be here is the next one: the two were swapped or moved.
					Optional<AuditEntry> next = i + 1 < page.size() ? Optional.of(page.get(i + 1))
							: entries.chainPage(row.seq(), upToSeq, 1).stream().findFirst();
					String wanted = expectedPrev;
					ChainProblem problem = next.filter(n -> wanted.equals(n.prevHash())).isPresent()
							? ChainProblem.ROWS_REORDERED : ChainProblem.ROW_MISSING;
					return new Walk(checked, expectedSeq - 1, expectedPrev, row.seq(), problem);
				}
				if (!EntryHashes.matches(row)) {
					return new Walk(checked, expectedSeq - 1, expectedPrev, row.seq(), ChainProblem.CONTENT_ALTERED);
				}
				checked++;
				expectedSeq++;
				expectedPrev = row.hash();
			}
			after = page.get(page.size() - 1).seq();
		}
		if (expectedSeq - 1 < upToSeq) {
			// Rows at the end are gone: the head (or the purge bound) says they were written.
			return new Walk(checked, expectedSeq - 1, expectedPrev, expectedSeq, ChainProblem.ROW_MISSING);
		}
		return new Walk(checked, expectedSeq - 1, expectedPrev, null, null);
	}
}
