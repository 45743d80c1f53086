package org.zhengtong.identity;

/** 政府（机关）, 部门, 乡镇/街道, 内设科室. */
public enum OrgKind {

	GOVERNMENT, DEPARTMENT, TOWNSHIP, DIVISION

}
