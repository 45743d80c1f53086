package org.zhengtong.services.internal;

import java.util.List;

import org.zhengtong.identity.OrgId;

/**
 * 政务服务事项 — one item with the GB/T 39046-2020 elements a guide must show (a guide missing a
 * key element is a veto item in the website inspection).
 *
 * @param itemType 01 许可 … 10 其他, 20 公共服务 (message key {@code services.item.type.<code>})
 * @param statutoryLimit 法定办结时限, working days
 * @param committedLimit 承诺办结时限, working days (never longer than the statutory one)
 * @param onlineDepth 网上办理深度 1–4 (一 to 四级)
 * @param serviceObjects 服务对象: CITIZEN, ENTERPRISE or BOTH
 */
public record ServiceItem(long id, String name, String basicCode, String implCode, String itemType, OrgId org,
		String legalBasis, String conditions, int statutoryLimit, int committedLimit, String fee, String feeBasis,
		String resultName, int onlineDepth, String serviceObjects, String theme, String place, String hours,
		String consultPhone, String supervisePhone, String processKey, List<Material> materials) {

	public ServiceItem {
		materials = List.copyOf(materials);
	}

	/** Licensing items run the licensing process and its 行政许可法 time limits. */
	public boolean isLicensing() {
		return "01".equals(itemType);
	}

	public ServiceItem withMaterials(List<Material> list) {
		return new ServiceItem(id, name, basicCode, implCode, itemType, org, legalBasis, conditions, statutoryLimit,
				committedLimit, fee, feeBasis, resultName, onlineDepth, serviceObjects, theme, place, hours,
				consultPhone, supervisePhone, processKey, list);
	}

	/**
	 * 申请材料 — name, whether required, 原件/复印件/电子 and how many.
	 *
	 * @param formKind ORIGINAL, COPY or ELECTRONIC
	 */
	public record Material(long id, int sortOrder, String name, boolean required, String formKind, int copies) {
	}
}
