package org.zhengtong.identity;

/** 工作人员, 自然人, 法人. */
public enum UserKind {

	STAFF, CITIZEN, ENTERPRISE

}
