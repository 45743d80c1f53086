package org.zhengtong.office.internal;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.crypto.SmCrypto;
import org.zhengtong.platform.files.FileStore;
import org.zhengtong.platform.files.StoredFile;
import org.zhengtong.platform.web.CodedException;

/** 用印 — lays the numbered document out as OFD, signs it with the organisation's seal and files it. */
@Component
public class DocumentSealing {

	private final OfdLayout layout;

	private final Seals seals;

	private final FileStore files;

	private final Documents documents;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DocumentSealing(OfdLayout layout, Seals seals, FileStore files, Documents documents, JdbcClient jdbc,
			AuditTrail audit, Optional<Clock> clock) {
		this.layout = layout;
		this.seals = seals;
		this.files = files;
		this.documents = documents;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The sealed OFD of a document the caller has already been allowed to read. */
	public java.util.Optional<java.nio.file.Path> sealedFile(OfficialDocument document) {
		if (document.sealedFileId() == null) {
			return java.util.Optional.empty();
		}
		return files.find(java.util.UUID.fromString(document.sealedFileId())).map(files::contentOf);
	}

	/** Requires office.seal.use (checked by the caller's step and again here: sealing is its own right). */
	void seal(Actor actor, OfficialDocument document) {
		OutgoingDocuments.require(actor, "office.seal.use");
		Seal seal = seals.current(document.orgId()).orElseThrow(() -> CodedException.conflict("office.seal.none_valid"));
		Instant now = clock.instant();
		OfdLayout.Rendered rendered = layout.render(document);
		byte[] sealed = OfdSignatures.sign(rendered.ofd(), rendered.seal(), seals.sealStructure(seal),
				seals.privateKey(seal), seals.certificate(seal), now);
		String name = (document.number() == null ? "document-" + document.id() : document.number()) + ".ofd";
		StoredFile stored = files.store(new ByteArrayInputStream(sealed), name, "office.document." + document.id());
		byte[] signedValue = OfdSignatures.unzip(sealed).get(OfdSignatures.SIGNED_VALUE);
		documents.setSealed(document.id(), stored.id().toString(), stored.sm3(), seal.id());
		jdbc.sql("""
				INSERT INTO ofc_seal_use (seal_id, document_id, user_id, file_sm3, signature_sm3, used_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(seal.id(), document.id(), actor.userId(), SmCrypto.sm3Hex(sealed), SmCrypto.sm3Hex(signedValue),
					Timestamp.from(now))
			.update();
		audit.record(AuditRecord.success("office.seal.use", "seal", seal.id()).withDetail("document " + document.id()));
	}
}
