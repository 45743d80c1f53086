package org.zhengtong.audit;

/** Why a row of the audit trail failed verification. The message key is {@code audit.problem.<name>}. */
public enum ChainProblem {

	/** The row's content no longer matches its hash: a field was changed. */
	CONTENT_ALTERED,

	/** A row is missing at this position: a gap in seq, a broken link, or a cut-off end. */
	ROW_MISSING,

	/** The row belongs elsewhere in the chain: rows were swapped or moved. */
	ROWS_REORDERED,

	/** The checkpoint the chain starts from is not signed by the platform key, or was changed. */
	CHECKPOINT_FORGED;

	public String messageKey() {
		return "audit.problem." + name();
	}
}
