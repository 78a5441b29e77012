// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tiny static init for the boot smoke test (scripts/boot.sh): mount proc,
 * sysfs and devtmpfs, load the modules listed in MODULE_LIST (one path per
 * line, dependencies first, as modprobe --show-depends orders them), look
 * for /dev/kvm and the PAS platform driver, print one BOOT-RESULT line and
 * power off.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MODULE_LIST	"/modules"
#define PATH_LEN	256

static void mnt(const char *type, const char *dir)
{
	if (mkdir(dir, 0755) && errno != EEXIST)
		perror(dir);
	/* EBUSY: already mounted (e.g. devtmpfs automounted) */
	if (mount(type, dir, type, 0, NULL) && errno != EBUSY)
		perror(dir);
}

static int exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* Load one module file; 0 or -errno. */
static int load(const char *path)
{
	int fd, ret = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (syscall(SYS_finit_module, fd, "", 0) && errno != EEXIST)
		ret = -errno;
	close(fd);
	return ret;
}

/* Load every module of MODULE_LIST; the number that failed. */
static int load_modules(void)
{
	char path[PATH_LEN];
	int failed = 0, ret;
	FILE *f;

	f = fopen(MODULE_LIST, "r");
	if (!f)
		return 0;
	while (fgets(path, sizeof(path), f)) {
		path[strcspn(path, "\n")] = '\0';
		if (!path[0])
			continue;
		ret = load(path);
		printf("BOOT-MODULE: %s %s\n", path, ret ? strerror(-ret) : "loaded");
		failed += ret != 0;
	}
	fclose(f);
	return failed;
}

int main(void)
{
	int kvm, pas, failed;

	mnt("proc", "/proc");
	mnt("sysfs", "/sys");
	mnt("devtmpfs", "/dev");

	failed = load_modules();
	kvm = exists("/dev/kvm");
	pas = exists("/sys/bus/platform/drivers/qcom_q6v5_pas");
	printf("BOOT-RESULT: %s kvm=%s pas=%s modules-failed=%d\n",
	       kvm && pas && !failed ? "PASS" : "FAIL",
	       kvm ? "yes" : "no", pas ? "yes" : "no", failed);
	fflush(stdout);

	sync();
	reboot(RB_POWER_OFF);
	perror("reboot");
	return 1;
}
