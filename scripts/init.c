// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tiny static init for the boot smoke test (scripts/boot.sh): mount proc,
 * sysfs and devtmpfs, look for /dev/kvm and the PAS platform driver, print
 * one BOOT-RESULT line and power off.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <unistd.h>

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

int main(void)
{
	int kvm, pas;

	mnt("proc", "/proc");
	mnt("sysfs", "/sys");
	mnt("devtmpfs", "/dev");

	kvm = exists("/dev/kvm");
	pas = exists("/sys/bus/platform/drivers/qcom_q6v5_pas");
	printf("BOOT-RESULT: %s kvm=%s pas=%s\n", kvm && pas ? "PASS" : "FAIL",
	       kvm ? "yes" : "no", pas ? "yes" : "no");
	fflush(stdout);

	sync();
	reboot(RB_POWER_OFF);
	perror("reboot");
	return 1;
}
