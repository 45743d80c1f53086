package org.zhengtong.platform.web;

import java.util.List;

/**
 * What a module contributes to a person's workbench: their 待办 (to do), 已办 (done) and 待阅
 * (to read) items. Modules implement it as a bean; the workbench home lists them all.
 */
public interface WorkbenchItems {

	List<WorkItem> todo(String userId);

	List<WorkItem> done(String userId);

	/** One line on the workbench: what, where to open it, and when it is due (if it is). */
	record WorkItem(String title, String href, String module, java.time.LocalDate due) {
	}
}
