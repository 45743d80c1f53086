package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.DatabaseIntegrationTest;

/** 自然人/法人注册: checked numbers, a Chinese message per field, nothing typed is lost. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
class RegistrationIT extends DatabaseIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static String validIdNumber() {
		return IdentityFixtures.newIdNumber();
	}

	static MockHttpServletRequestBuilder citizen(String name, String idNumber, String mobile, String password) {
		return post("/register/citizen").param("name", name)
			.param("idNumber", idNumber)
			.param("mobile", mobile)
			.param("password", password)
			.param("passwordConfirm", password)
			.param("agree", "true")
			.with(csrf());
	}

	@Test
	void aWrongCheckDigitIsExplainedInChineseAndTheFormKeepsWhatWasTyped_GB11643() throws Exception {
		String valid = validIdNumber();
		String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
		String page = mvc.perform(citizen("王小明", wrong, "13912345678", "Good@Pass1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("提交的内容有误，请修改后重新提交")
			.contains("身份证号校验位不正确，请核对是否输错")
			.contains("href=\"#idNumber\"")
			.contains("value=\"王小明\"")
			.contains("value=\"" + wrong + "\"")
			.contains("value=\"13912345678\"")
			.contains("aria-describedby=\"idNumber-hint idNumber-error\"")
			.doesNotContain("Good@Pass1");
	}

	@Test
	void aValidRegistrationCreatesAnAccountThatCanSignIn() throws Exception {
		String idNumber = validIdNumber();
		mvc.perform(citizen("李小红", idNumber, "13712345678", "Good@Pass1")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").param("username", idNumber).param("password", "Good@Pass1").with(csrf()))
			.andExpect(redirectedUrl("/account"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM idn_user WHERE id_number_enc LIKE ?").param("%" + idNumber + "%")
			.query(Long.class).single()).as("the number is stored encrypted").isZero();
	}

	@Test
	void anIdNumberRegistersOnlyOnce() throws Exception {
		String idNumber = validIdNumber();
		mvc.perform(citizen("赵一", idNumber, "13612345678", "Good@Pass1")).andExpect(redirectedUrl("/login"));
		String page = mvc.perform(citizen("赵一", idNumber.toLowerCase(), "13612345678", "Good@Pass1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("该身份证号已注册");
	}

	@Test
	void weakAndMismatchedPasswordsAreRefused_等保三级() throws Exception {
		String page = mvc.perform(post("/register/citizen").param("name", "钱二")
			.param("idNumber", validIdNumber())
			.param("mobile", "13512345678")
			.param("password", "abcdefgh")
			.param("passwordConfirm", "abcdefgx")
			.param("agree", "true")
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("密码至少8位").contains("两次输入的密码不一致");
	}

	@Test
	void anEnterpriseWithAWrongCreditCodeIsTold_GB32100() throws Exception {
		String page = mvc.perform(post("/register/enterprise").param("name", "示范县测试有限公司")
			.param("creditCode", "91350100M000100Y44")
			.param("legalRepName", "孙三")
			.param("mobile", "13412345678")
			.param("password", "Good@Pass1")
			.param("passwordConfirm", "Good@Pass1")
			.param("agree", "true")
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("统一社会信用代码校验位不正确").contains("value=\"91350100M000100Y44\"");
	}

	@Test
	void anEnterpriseRegistersWithItsCreditCodeAndSignsInWithIt() throws Exception {
		String first17 = "91339901" + IdentityFixtures.unique("").toUpperCase().replaceAll("[^0-9A-HJ-NP-RTUWXY]", "0")
			.concat("000000000").substring(0, 9);
		String code = first17 + UnifiedSocialCreditCode.checkCharFor(first17);
		mvc.perform(post("/register/enterprise").param("name", "示范县新公司" + code)
			.param("creditCode", code)
			.param("legalRepName", "孙三")
			.param("mobile", "13412345678")
			.param("password", "Good@Pass1")
			.param("passwordConfirm", "Good@Pass1")
			.param("agree", "true")
			.with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").param("username", code).param("password", "Good@Pass1").with(csrf()))
			.andExpect(redirectedUrl("/account"));
	}

	@Test
	void theTermsMustBeAccepted() throws Exception {
		String page = mvc.perform(post("/register/citizen").param("name", "周五")
			.param("idNumber", validIdNumber())
			.param("mobile", "13312345678")
			.param("password", "Good@Pass1")
			.param("passwordConfirm", "Good@Pass1")
			.param("_agree", "on")
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("请阅读并同意用户服务协议和隐私政策");
	}
}
