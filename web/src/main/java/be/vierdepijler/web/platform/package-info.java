/**
 * What the deployment does for itself: it migrates the database with Flyway before anything reads it
 * ({@link be.vierdepijler.web.platform.DatabaseMigrator}), runs the retention job every night
 * ({@link be.vierdepijler.web.platform.RetentionSchedule}) and sends the mail outbox's due mails every five seconds
 * ({@link be.vierdepijler.web.platform.MailSchedule}). Readiness ({@code /health/ready} on the management port)
 * is WildFly's: the deployment is ready once it deployed, which includes the migration. (MicroProfile Health checks
 * inside an EAR's WAR are not picked up by WildFly, so a check of our own would never be asked.)
 */
package be.vierdepijler.web.platform;
