/** Bean Validation constraints for identity numbers and credentials, usable by every module's forms. */
@org.springframework.modulith.NamedInterface("validation")
package org.zhengtong.identity.validation;
