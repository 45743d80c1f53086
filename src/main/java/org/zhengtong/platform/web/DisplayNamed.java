package org.zhengtong.platform.web;

/** A signed-in principal that has a name people read (张三) besides its login name. */
public interface DisplayNamed {

	String displayName();
}
