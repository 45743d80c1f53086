package org.zhengtong.demo;

import java.util.List;

import org.zhengtong.identity.DataScope;

/**
 * The demo staff for every role, by the department (short name) they sit in. The three
 * administrators (三员) are three different people.
 */
final class DemoStaff {

	private DemoStaff() {
	}

	/** A documented demo login. {@code scope} null means the holder's own organisation. */
	record Member(String username, String name, String department, String title, String role, ScopeKind scope) {
	}

	enum ScopeKind {

		OWN, ALL, TOWNSHIP

	}

	static final List<Member> DOCUMENTED = List.of(
			new Member("sysadmin", "周建国", "县数据资源局", "系统管理员", "SYSTEM_ADMIN", ScopeKind.ALL),
			new Member("secadmin", "吴晓梅", "县数据资源局", "安全管理员", "SECURITY_ADMIN", ScopeKind.ALL),
			new Member("auditadmin", "郑立新", "县保密局", "审计管理员", "AUDIT_ADMIN", ScopeKind.ALL),
			new Member("clerk", "王芳", "县市场监督管理局", "窗口受理人员", "CLERK", ScopeKind.OWN),
			new Member("depthead", "刘洋", "县市场监督管理局", "副局长", "DEPT_HEAD", ScopeKind.OWN),
			new Member("leader", "陈志远", "示范县人民政府", "副县长", "LEADER", ScopeKind.ALL),
			new Member("editor", "孙丽", "县政府办公室", "网站编辑", "SITE_EDITOR", ScopeKind.OWN),
			new Member("unitreviewer", "赵敏", "县政府办公室", "信息科科长", "REVIEWER_UNIT", ScopeKind.OWN),
			new Member("netreviewer", "钱磊", "县数据资源局", "网站管理员", "REVIEWER_NETWORK", ScopeKind.ALL),
			new Member("secreviewer", "冯静", "县保密局", "保密审查员", "REVIEWER_SECRECY", ScopeKind.ALL),
			new Member("supervisor", "何伟", "县政府办公室", "督查室主任", "SUPERVISOR", ScopeKind.ALL),
			new Member("steward", "林海", "县数据资源局", "数据管理员", "DATA_STEWARD", ScopeKind.ALL),
			new Member("duty", "高峰", "县应急管理局", "值班员", "DUTY_OFFICER", ScopeKind.OWN),
			new Member("agent", "马红", "青山镇人民政府", "便民服务中心代办员", "AGENT", ScopeKind.TOWNSHIP));

	static DataScope scopeFor(Member member, String townshipCode) {
		return switch (member.scope()) {
			case OWN -> DataScope.ownOrganisation();
			case ALL -> DataScope.all();
			case TOWNSHIP -> DataScope.region(townshipCode);
		};
	}
}
