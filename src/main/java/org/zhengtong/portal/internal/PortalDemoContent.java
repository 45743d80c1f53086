package org.zhengtong.portal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.IdentityDirectory;
import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.Organisation;
import org.zhengtong.platform.DemoCountyGenerated;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;

/**
 * Demo articles for the 示范县, deterministic from the demo seed: a few hundred published
 * articles across the sites and channels, and a handful waiting at each review level so every
 * reviewer has 待办. Rows only — the pages and the index are built by the start-up publishing job
 * in the background, so the first start stays fast.
 */
@Component
class PortalDemoContent {

	private static final Logger log = LoggerFactory.getLogger(PortalDemoContent.class);

	private static final String[] NEWS = { "{org}召开{year}年度工作推进会", "{org}开展“{theme}”专题调研", "县领导督导{org}{theme}工作",
			"{org}部署{theme}重点任务", "{org}举办{theme}业务培训班", "{town}扎实推进{theme}", "{org}与{town}签订{theme}合作协议",
			"{town}{theme}工作取得阶段性成效" };

	private static final String[] NOTICES = { "关于做好{year}年{theme}工作的通知", "关于开展{theme}专项检查的通知",
			"{org}关于{theme}有关事项的公告", "关于征集{theme}意见建议的公告", "关于{year}年{theme}申报工作的通知" };

	private static final String[] POLICIES = { "示范县{theme}实施办法", "关于进一步加强{theme}的实施意见", "示范县{theme}管理暂行规定",
			"示范县{theme}三年行动方案（{year}—{year2}年）" };

	private static final String[] THEMES = { "优化营商环境", "乡村振兴", "安全生产", "生态环境保护", "数字政府建设", "政务公开",
			"食品安全", "防汛防台", "就业创业", "义务教育均衡发展", "基层医疗卫生", "农村人居环境整治", "“最多跑一次”改革", "森林防火",
			"消费者权益保护", "城乡供水一体化" };

	private static final String[] TOWNS = { "城关镇", "东湖镇", "西山乡", "南溪镇", "北岭乡", "青石镇", "河口街道", "新城街道" };

	private final PortalStore store;

	private final IdentityDirectory directory;

	private final AuditTrail audit;

	private final PortalProperties properties;

	PortalDemoContent(PortalStore store, IdentityDirectory directory, AuditTrail audit, PortalProperties properties) {
		this.store = store;
		this.directory = directory;
		this.audit = audit;
		this.properties = properties;
	}

	@EventListener
	@Transactional
	public void on(DemoCountyGenerated event) {
		Random random = new Random(event.seed() ^ 0x5054_4C00L);
		List<String> orgs = directory.organisations().stream().filter(o -> o.kind() == OrgKind.DEPARTMENT)
			.map(Organisation::name).toList();
		if (orgs.isEmpty()) {
			orgs = List.of("示范县人民政府办公室");
		}
		List<Channel> channels = store.allChannels();
		LocalDate today = LocalDate.of(2026, 11, 20);
		int total = properties.demoArticles();
		for (int i = 0; i < total; i++) {
			Channel channel = channels.get(random.nextInt(channels.size()));
			String org = orgs.get(random.nextInt(orgs.size()));
			LocalDate date = today.minusDays(random.nextInt(400));
			ArticleStatus status = i < 12 ? List.of(ArticleStatus.UNIT_REVIEW, ArticleStatus.NETWORK_REVIEW,
					ArticleStatus.SECRECY_REVIEW, ArticleStatus.APPROVED).get(i % 4) : ArticleStatus.PUBLISHED;
			insert(channel, title(channel, org, date, random), org, date, status, random);
		}
		audit.record(AuditRecord.success("portal.demo.generate", "article", null).withDetail(total + " articles"));
		log.info("portal demo content: {} articles", total);
	}

	private void insert(Channel channel, String title, String org, LocalDate date, ArticleStatus status, Random random) {
		boolean english = channel.siteCode().equals("en");
		String body = english ? "<p>" + title + ". The county government continued its work on public services, "
				+ "rural revitalisation and the business environment.</p><p>More information is available from the office named below.</p>"
				: "<p>" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日，" + title + "。会议强调，要坚持以人民为中心的发展思想，"
						+ "把各项工作抓实抓细，确保取得实效。</p><p>会议要求，各乡镇（街道）、各部门要进一步提高思想认识，压实工作责任，"
						+ "加强协调配合，按时保质完成各项目标任务。</p>";
		boolean policy = channel.type() == ChannelType.POLICY;
		Instant published = date.atTime(9, random.nextInt(60)).toInstant(ZoneOffset.ofHours(8));
		Article article = new Article(0, channel.id(), channel.siteCode(), title, null, body, english ? "Shifan County Government" : org,
				null, date, english ? "news" : THEMES[random.nextInt(THEMES.length)], SecrecyMark.NONE,
				DisclosureAttribute.PROACTIVE, policy ? "11339901" + String.format("%04d", random.nextInt(10000)) + "/" + date.getYear() : null,
				policy ? "示政发〔" + date.getYear() + "〕" + (1 + random.nextInt(60)) + "号" : null,
				policy ? (random.nextInt(10) == 0 ? "废止" : "有效") : null, status, 1, null, published,
				status == ArticleStatus.PUBLISHED ? published : null);
		long id = store.insert(article, published);
		store.saveVersion(new Article(id, article.channelId(), article.siteCode(), title, null, body, article.sourceOrg(), null,
				date, article.keywords(), article.secrecy(), article.disclosure(), article.indexNumber(), article.docNumber(),
				article.validity(), status, 1, null, published, null), null, published);
	}

	private static String title(Channel channel, String org, LocalDate date, Random random) {
		if (channel.siteCode().equals("en")) {
			return "Shifan County " + (channel.type() == ChannelType.NOTICE ? "notice on " : "news: ")
					+ List.of("rural revitalisation", "flood prevention", "business environment", "digital government",
							"public health", "employment").get(random.nextInt(6))
					+ " (" + date + ")";
		}
		String[] patterns = switch (channel.type()) {
			case NOTICE, PERSONNEL, PLANNING -> NOTICES;
			case POLICY, INTERPRETATION -> POLICIES;
			default -> NEWS;
		};
		String title = patterns[random.nextInt(patterns.length)].replace("{org}", org)
			.replace("{town}", TOWNS[random.nextInt(TOWNS.length)]).replace("{theme}", THEMES[random.nextInt(THEMES.length)])
			.replace("{year2}", Integer.toString(date.getYear() + 2)).replace("{year}", Integer.toString(date.getYear()));
		return channel.type() == ChannelType.INTERPRETATION ? "《" + title + "》政策解读" : title;
	}
}
