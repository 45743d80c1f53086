package org.zhengtong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityImport;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.Region;
import org.zhengtong.identity.RegionLevel;

/**
 * Generates the fictional 示范县: county, 8 townships/streets and about 100 villages and
 * communities; the county government with about 20 departments and their divisions; staff for
 * every role; citizens and enterprises with valid check digits. The same seed always gives the
 * same county; the sizes can be raised for benchmark data sets.
 */
@Component
public class DemoCountyGenerator {

	private static final Logger log = LoggerFactory.getLogger(DemoCountyGenerator.class);

	static final String COUNTY_NAME = "示范县";

	/** Streets (街道) take 001–099, towns (镇) 100–199, townships (乡) 200–399, as in GB/T 10114. */
	static final String[][] TOWNSHIPS = { { "001", "城关街道" }, { "002", "东城街道" }, { "100", "青山镇" },
			{ "101", "柳河镇" }, { "102", "石桥镇" }, { "103", "桃源镇" }, { "200", "白云乡" }, { "201", "龙潭乡" } };

	static final String[] PLACE_WORDS = { "东山", "西岭", "南湖", "北岗", "前进", "红旗", "新华", "长青", "杨柳", "河口", "黄土",
			"石门", "清水", "大树", "李家", "王庄", "张湾", "刘庄", "陈家", "高桥", "马场", "金竹", "银杏", "松林", "梅园", "荷塘", "茶山",
			"凤凰", "龙泉", "卧龙", "双溪", "三里", "五里", "八角", "上营", "下营", "沙坪", "枫林", "桂花", "柏树" };

	/** Departments under the county government, each with its internal divisions. */
	static final Map<String, String[]> DEPARTMENTS = departments();

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘" };

	static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
			"超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "辉", "玲", "红", "春", "兰", "志", "海", "宇", "婷", "晨",
			"欣", "博", "浩", "然", "雪", "梅", "林", "峰", "斌", "鹏", "慧", "琳", "颖" };

	static final String[] INDUSTRIES = { "科技有限公司", "农业专业合作社", "建筑工程有限公司", "商贸有限公司", "食品有限公司", "茶业有限公司",
			"物流有限公司", "餐饮管理有限公司", "家庭农场", "旅游开发有限公司", "医药连锁有限公司", "机械制造有限公司", "电子商务有限公司", "服装有限公司",
			"生态养殖有限公司", "文化传媒有限公司" };

	private final IdentityImport identity;

	private final DemoCountyProperties properties;

	public DemoCountyGenerator(IdentityImport identity, DemoCountyProperties properties) {
		this.identity = identity;
		this.properties = properties;
	}

	/** What was generated, for the log and for tests. */
	public record Summary(int regions, int organisations, int staff, int citizens, int enterprises) {
	}

	public Summary generate() {
		long started = System.nanoTime();
		Random random = new Random(properties.seed());
		List<Region> regions = regions(random);
		identity.importRegions(regions);
		Map<String, OrgId> orgs = new LinkedHashMap<>();
		int orgCount = organisations(random, orgs);
		String passwordHash = identity.hashPassword(DemoAccounts.PASSWORD);
		int staff = staff(random, orgs, passwordHash);
		int citizens = citizens(random, regions, passwordHash);
		int enterprises = enterprises(random, passwordHash);
		Summary summary = new Summary(regions.size(), orgCount, staff, citizens, enterprises);
		log.info("Demo county {} generated in {} ms: {}", COUNTY_NAME, (System.nanoTime() - started) / 1_000_000,
				summary);
		return summary;
	}

	static List<Region> regions(Random random) {
		List<Region> regions = new ArrayList<>();
		String county = DemoAccounts.COUNTY_CODE;
		regions.add(new Region(county, COUNTY_NAME, RegionLevel.COUNTY, null));
		Set<String> usedNames = new HashSet<>();
		for (String[] township : TOWNSHIPS) {
			String code = county + township[0];
			regions.add(new Region(code, township[1], RegionLevel.TOWNSHIP, county));
			boolean street = township[1].endsWith("街道");
			int villages = 11 + random.nextInt(5);
			for (int i = 0; i < villages; i++) {
				String name;
				do {
					name = PLACE_WORDS[random.nextInt(PLACE_WORDS.length)] + (street ? "社区" : "村");
				}
				while (!usedNames.add(township[1] + name));
				// Communities (居委会) take 001–199, villages (村委会) 200–399.
				String local = String.format("%03d", (street ? 1 : 200) + i);
				regions.add(new Region(code + local, name, RegionLevel.VILLAGE, code));
			}
		}
		return regions;
	}

	private int organisations(Random random, Map<String, OrgId> orgs) {
		String county = DemoAccounts.COUNTY_CODE;
		OrgId government = identity.importOrganisation(COUNTY_NAME + "人民政府", "县政府", OrgKind.GOVERNMENT, null,
				governmentCreditCode(random), county);
		orgs.put(COUNTY_NAME + "人民政府", government);
		int count = 1;
		for (Map.Entry<String, String[]> department : DEPARTMENTS.entrySet()) {
			OrgId id = identity.importOrganisation(department.getKey(), null, OrgKind.DEPARTMENT, government,
					governmentCreditCode(random), county);
			orgs.put(department.getKey(), id);
			count++;
			for (String division : department.getValue()) {
				identity.importOrganisation(division, null, OrgKind.DIVISION, id, null, county);
				count++;
			}
		}
		for (String[] township : TOWNSHIPS) {
			String name = township[1] + (township[1].endsWith("街道") ? "办事处" : "人民政府");
			OrgId id = identity.importOrganisation(name, township[1], OrgKind.TOWNSHIP, government,
					governmentCreditCode(random), county + township[0]);
			orgs.put(name, id);
			identity.importOrganisation("党政综合办公室", null, OrgKind.DIVISION, id, null, county + township[0]);
			identity.importOrganisation("便民服务中心", null, OrgKind.DIVISION, id, null, county + township[0]);
			count += 3;
		}
		return count;
	}

	private int staff(Random random, Map<String, OrgId> orgs, String passwordHash) {
		String township = DemoAccounts.COUNTY_CODE + "100";
		int count = 0;
		for (DemoStaff.Member member : DemoStaff.DOCUMENTED) {
			OrgId org = orgs.get(member.department());
			identity.importStaff(member.username(), member.name(), passwordHash, org, member.title(),
					DemoAccounts.totpSecret(properties.seed(), member.username()),
					List.of(new IdentityImport.RoleGrant(member.role(), DemoStaff.scopeFor(member, township))), true);
			count++;
		}
		// Two more clerks in every department, so that lists and data scopes look real.
		int n = 1;
		for (Map.Entry<String, OrgId> org : orgs.entrySet()) {
			if (!org.getKey().startsWith("县")) {
				continue;
			}
			for (int i = 0; i < 2; i++) {
				String username = String.format("staff%03d", n++);
				identity.importStaff(username, personName(random), passwordHash, org.getValue(), "科员",
						DemoAccounts.totpSecret(properties.seed(), username),
						List.of(new IdentityImport.RoleGrant("CLERK",
								DataScope.ownOrganisation())),
						true);
				count++;
			}
		}
		return count;
	}

	private int citizens(Random random, List<Region> regions, String passwordHash) {
		List<IdentityImport.CitizenRecord> records = new ArrayList<>();
		records.add(new IdentityImport.CitizenRecord(DemoAccounts.CITIZEN_NAME, DemoAccounts.CITIZEN_ID_NUMBER,
				DemoAccounts.CITIZEN_MOBILE));
		Set<String> ids = new HashSet<>(Set.of(DemoAccounts.CITIZEN_ID_NUMBER));
		Set<String> mobiles = new HashSet<>(Set.of(DemoAccounts.CITIZEN_MOBILE));
		LocalDate earliest = LocalDate.of(1940, 1, 1);
		while (records.size() < properties.citizens()) {
			LocalDate birth = earliest.plusDays(random.nextInt(365 * 68));
			String first17 = DemoAccounts.COUNTY_CODE + birth.toString().replace("-", "")
					+ String.format("%03d", random.nextInt(1000));
			String idNumber = DemoAccounts.withIdCheck(first17);
			String mobile = mobile(random);
			if (ids.add(idNumber) && mobiles.add(mobile)) {
				records.add(new IdentityImport.CitizenRecord(personName(random), idNumber, mobile));
			}
		}
		// Large data sets go in slices, so one transaction never holds a province.
		int total = 0;
		for (int from = 0; from < records.size(); from += 5000) {
			total += identity.importCitizens(records.subList(from, Math.min(records.size(), from + 5000)), passwordHash,
					true);
		}
		return total;
	}

	private int enterprises(Random random, String passwordHash) {
		List<IdentityImport.EnterpriseRecord> records = new ArrayList<>();
		records.add(new IdentityImport.EnterpriseRecord(DemoAccounts.ENTERPRISE_NAME,
				DemoAccounts.ENTERPRISE_CREDIT_CODE, DemoAccounts.ENTERPRISE_LEGAL_REP, "13800000002"));
		Set<String> names = new HashSet<>(Set.of(DemoAccounts.ENTERPRISE_NAME));
		Set<String> codes = new HashSet<>(Set.of(DemoAccounts.ENTERPRISE_CREDIT_CODE));
		while (records.size() < properties.enterprises()) {
			String name = COUNTY_NAME + PLACE_WORDS[random.nextInt(PLACE_WORDS.length)]
					+ PLACE_WORDS[random.nextInt(PLACE_WORDS.length)].substring(0, 1)
					+ INDUSTRIES[random.nextInt(INDUSTRIES.length)];
			// 市场监管 registration authority (9); type 1 enterprise, 3 farmers' co-operative.
			String type = name.endsWith("合作社") ? "3" : "1";
			String code = DemoAccounts.withCreditCheck("9" + type + DemoAccounts.COUNTY_CODE + randomCodeChars(random, 9));
			if (names.add(name) && codes.add(code)) {
				records.add(new IdentityImport.EnterpriseRecord(name, code, personName(random), mobile(random)));
			}
		}
		int total = 0;
		for (int from = 0; from < records.size(); from += 5000) {
			total += identity.importEnterprises(records.subList(from, Math.min(records.size(), from + 5000)),
					passwordHash, true);
		}
		return total;
	}

	/** 机构编制 authority (1), 机关 type (1), the county's region code, a random organisation code. */
	private static String governmentCreditCode(Random random) {
		return DemoAccounts.withCreditCheck("11" + DemoAccounts.COUNTY_CODE + randomCodeChars(random, 9));
	}

	private static String randomCodeChars(Random random, int length) {
		String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(charset.charAt(random.nextInt(charset.length())));
		}
		return out.toString();
	}

	private static String personName(Random random) {
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		return random.nextBoolean() ? name + GIVEN[random.nextInt(GIVEN.length)] : name;
	}

	private static String mobile(Random random) {
		String[] prefixes = { "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158",
				"159", "177", "180", "181", "186", "187", "188", "189", "199" };
		return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	private static Map<String, String[]> departments() {
		Map<String, String[]> map = new LinkedHashMap<>();
		map.put("县政府办公室", new String[] { "秘书科", "信息科", "督查室", "政务公开办公室" });
		map.put("县发展和改革局", new String[] { "办公室", "投资科", "价格科" });
		map.put("县教育局", new String[] { "办公室", "基础教育股", "学生资助管理中心" });
		map.put("县公安局", new String[] { "办公室", "户政管理大队", "出入境管理大队" });
		map.put("县民政局", new String[] { "办公室", "社会救助股", "婚姻登记处" });
		map.put("县司法局", new String[] { "办公室", "法治督察股" });
		map.put("县财政局", new String[] { "办公室", "预算股", "国库股" });
		map.put("县人力资源和社会保障局", new String[] { "办公室", "就业促进股", "社会保险经办中心" });
		map.put("县自然资源局", new String[] { "办公室", "国土空间规划股", "不动产登记中心" });
		map.put("县生态环境局", new String[] { "办公室", "环评审批股" });
		map.put("县住房和城乡建设局", new String[] { "办公室", "建筑业管理股", "村镇建设股" });
		map.put("县交通运输局", new String[] { "办公室", "运输管理股" });
		map.put("县农业农村局", new String[] { "办公室", "农村经营管理股", "种植业管理股" });
		map.put("县商务局", new String[] { "办公室", "市场运行股" });
		map.put("县文化和旅游局", new String[] { "办公室", "文物保护股" });
		map.put("县卫生健康局", new String[] { "办公室", "医政医管股", "人口家庭股", "卫生监督所" });
		map.put("县应急管理局", new String[] { "办公室", "应急指挥中心", "安全生产监管股" });
		map.put("县市场监督管理局", new String[] { "办公室", "登记注册股", "食品经营监管股", "行政审批股" });
		map.put("县医疗保障局", new String[] { "办公室", "待遇保障股" });
		map.put("县数据资源局", new String[] { "办公室", "政务数据管理股", "网络安全股" });
		map.put("县政务服务中心", new String[] { "综合窗口", "投诉受理科" });
		map.put("县保密局", new String[] { "保密技术检查股" });
		return map;
	}
}
