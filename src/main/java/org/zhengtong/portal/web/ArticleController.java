package org.zhengtong.portal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;
import org.zhengtong.portal.internal.Article;
import org.zhengtong.portal.internal.ArticleManagement;
import org.zhengtong.portal.internal.ArticleStatus;
import org.zhengtong.portal.internal.Channel;
import org.zhengtong.portal.internal.PortalStore;
import org.zhengtong.portal.internal.ReviewStep;
import org.zhengtong.portal.internal.Site;
import org.zhengtong.portal.internal.StaticPublisher;

/**
 * 稿件 desk on the workbench: editors write and submit, each review level approves or returns,
 * the network administrator publishes and withdraws. Every action re-checks its own permission
 * in {@link ArticleManagement}; the controller only needs a workbench user.
 */
@Controller
@RequestMapping("/workbench/portal/articles")
@PreAuthorize("hasAuthority('workbench.use')")
class ArticleController {

	static final String LIST = "portal/articles";

	static final String FORM = "portal/article-form";

	static final String SHOW = "portal/article";

	private final ArticleManagement articles;

	private final PortalStore store;

	private final CurrentPerson currentPerson;

	ArticleController(ArticleManagement articles, PortalStore store, CurrentPerson currentPerson) {
		this.articles = articles;
		this.store = store;
		this.currentPerson = currentPerson;
	}

	@GetMapping
	String list(Model model) {
		List<ReviewStep> steps = articles.myReviewSteps();
		List<ArticleStatus> waiting = new ArrayList<>(steps.stream().map(ReviewStep::waiting).toList());
		if (ArticleManagement.holds(ArticleManagement.PUBLISH)) {
			waiting.add(ArticleStatus.APPROVED);
		}
		model.addAttribute("waiting", waiting.isEmpty() ? List.of() : store.articlesIn(waiting, 100));
		model.addAttribute("mine", ArticleManagement.holds(ArticleManagement.EDIT)
				? store.articlesBy(currentPerson.require().id().value(), 100) : List.of());
		model.addAttribute("published", ArticleManagement.holds(ArticleManagement.WITHDRAW)
				? store.articlesIn(List.of(ArticleStatus.PUBLISHED), 30) : List.of());
		model.addAttribute("channelNames", channelNames());
		return LIST;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('portal.article.edit')")
	String initCreateForm(Model model) {
		return showForm(ArticleForm.empty(currentPerson.require().organisationName()), null, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('portal.article.edit')")
	String processCreateForm(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		long id = articles.create(form.toDraft());
		redirect.addFlashAttribute("flash", "portal.article.saved");
		return "redirect:/workbench/portal/articles/" + id;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('portal.article.edit')")
	String initUpdateForm(@PathVariable long id, Model model) {
		Article article = articles.article(id);
		if (!article.status().editable()) {
			throw CodedException.conflict("portal.article.not_editable");
		}
		return showForm(ArticleForm.of(article), id, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('portal.article.edit')")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		articles.article(id);
		if (result.hasErrors()) {
			return showForm(form, id, model);
		}
		articles.update(id, form.toDraft());
		redirect.addFlashAttribute("flash", "portal.article.saved");
		return "redirect:/workbench/portal/articles/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Article article = articles.article(id);
		Channel channel = store.channel(article.channelId()).orElseThrow();
		Site site = store.site(article.siteCode()).orElseThrow();
		ReviewStep step = ReviewStep.waitingIn(article.status());
		model.addAttribute("article", article);
		model.addAttribute("channel", channel);
		model.addAttribute("site", site);
		model.addAttribute("reviews", store.reviews(id));
		model.addAttribute("versions", store.versions(id));
		model.addAttribute("step", step);
		model.addAttribute("canReview", step != null && ArticleManagement.holds(step.permission()));
		model.addAttribute("canEdit", article.status().editable() && ArticleManagement.holds(ArticleManagement.EDIT));
		model.addAttribute("canPublish", article.status() == ArticleStatus.APPROVED && ArticleManagement.holds(ArticleManagement.PUBLISH));
		model.addAttribute("canWithdraw", article.status() == ArticleStatus.PUBLISHED && ArticleManagement.holds(ArticleManagement.WITHDRAW));
		model.addAttribute("publicUrl", StaticPublisher.href(site.code(), StaticPublisher.articlePath(channel, id)));
		return SHOW;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "portal.article.submitted", () -> articles.submit(id));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam String decision,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		ReviewStep step = ReviewStep.waitingIn(articles.article(id).status());
		if (step == null) {
			throw CodedException.conflict("portal.article.wrong_state");
		}
		boolean approve = "approve".equals(decision);
		return act(id, redirect, approve ? "portal.review.approved" : "portal.review.returned",
				() -> articles.review(id, step, approve, comment));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "portal.article.published", () -> articles.publish(id));
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "portal.article.withdrawn", () -> articles.withdraw(id, reason));
	}

	/** Runs an action; a refusal a person can fix (422/409) comes back as a message on the article page. */
	private String act(long id, RedirectAttributes redirect, String flash, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (CodedException ex) {
			if (ex.status().value() != 422 && ex.status().value() != 409) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.code());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
		}
		return "redirect:/workbench/portal/articles/" + id;
	}

	private String showForm(ArticleForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("articleId", id);
		model.addAttribute("sites", store.sites());
		model.addAttribute("channels", store.allChannels());
		model.addAttribute("secrecyMarks", SecrecyMark.values());
		model.addAttribute("disclosures", DisclosureAttribute.values());
		return FORM;
	}

	private java.util.Map<Long, String> channelNames() {
		java.util.Map<String, String> siteNames = new java.util.HashMap<>();
		store.sites().forEach(s -> siteNames.put(s.code(), s.name()));
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		store.allChannels().forEach(c -> names.put(c.id(), siteNames.get(c.siteCode()) + " › " + c.name()));
		return names;
	}
}
