package org.zhengtong.platform.files;

import org.springframework.security.core.Authentication;

/**
 * Lets a module open stored files to more readers than their owner, e.g. the clerks handling the
 * application a file is attached to. Every bean of this type is asked in turn; a policy can only
 * grant, never deny. Without one, only the owner and holders of {@code platform.files.read-all}
 * may download.
 */
@FunctionalInterface
public interface FileAccessPolicy {

	/** True if {@code reader} (signed in) may download {@code file}. */
	boolean mayRead(StoredFile file, Authentication reader);
}
