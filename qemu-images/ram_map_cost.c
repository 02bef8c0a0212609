// SPDX-License-Identifier: GPL-2.0-only
/*
 * The cost of mapping RAM for DMA, the path every VM's memory takes: map +
 * unmap pairs of pinned anonymous memory through a type1 container and an
 * iommufd IOAS, each with QEMU's edu device attached, so that the memory is
 * pinned and mapped into a real (emulated VT-d) domain.  Uses only the 6.12
 * uAPI, so the same binary runs on 6.12.117 and on the series
 * (scripts/cost.sh boots both and compares).  Prints, per path and size, the
 * best of ROUNDS rounds in microseconds per pair:
 *   # cost type1 4096 123.4
 * and "ok N ..." / "not ok N ..." for each path that ran.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <linux/iommufd.h>
#include <linux/vfio.h>

#define ROUNDS	7
#define IOVA	0x100000000ULL

static const struct {
	size_t size;
	unsigned int pairs;
} sizes[] = {
	{ 4096, 256 },
	{ 2UL << 20, 32 },
	{ 64UL << 20, 4 },
};

struct path {
	const char *name;
	int fd;
	__u32 ioas;
	int (*map)(struct path *p, void *va, size_t size);
	int (*unmap)(struct path *p, size_t size);
};

static int type1_map(struct path *p, void *va, size_t size)
{
	struct vfio_iommu_type1_dma_map map = {
		.argsz = sizeof(map),
		.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
		.vaddr = (uintptr_t)va,
		.iova = IOVA,
		.size = size,
	};

	return ioctl(p->fd, VFIO_IOMMU_MAP_DMA, &map);
}

static int type1_unmap(struct path *p, size_t size)
{
	struct vfio_iommu_type1_dma_unmap unmap = {
		.argsz = sizeof(unmap),
		.iova = IOVA,
		.size = size,
	};

	if (ioctl(p->fd, VFIO_IOMMU_UNMAP_DMA, &unmap))
		return -1;
	return unmap.size == size ? 0 : -1;
}

static int ioas_map(struct path *p, void *va, size_t size)
{
	struct iommu_ioas_map map = {
		.size = sizeof(map),
		.flags = IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE |
			 IOMMU_IOAS_MAP_WRITEABLE,
		.ioas_id = p->ioas,
		.user_va = (uintptr_t)va,
		.length = size,
		.iova = IOVA,
	};

	return ioctl(p->fd, IOMMU_IOAS_MAP, &map);
}

static int ioas_unmap(struct path *p, size_t size)
{
	struct iommu_ioas_unmap unmap = {
		.size = sizeof(unmap),
		.ioas_id = p->ioas,
		.iova = IOVA,
		.length = size,
	};

	if (ioctl(p->fd, IOMMU_IOAS_UNMAP, &unmap))
		return -1;
	return unmap.length == size ? 0 : -1;
}

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* Best of ROUNDS rounds of map + unmap pairs, in microseconds per pair */
static int measure(struct path *p)
{
	void *va = mmap(NULL, 64UL << 20, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	unsigned int i, r, n;
	int ret = 0;

	if (va == MAP_FAILED) {
		printf("# %s: mmap: %s\n", p->name, strerror(errno));
		return -1;
	}

	for (i = 0; i != sizeof(sizes) / sizeof(sizes[0]); i++) {
		double best = 0;

		for (r = 0; r != ROUNDS; r++) {
			double t = now_us();

			for (n = 0; n != sizes[i].pairs; n++)
				if (p->map(p, va, sizes[i].size) ||
				    p->unmap(p, sizes[i].size)) {
					printf("# %s: map/unmap of %zu failed\n",
					       p->name, sizes[i].size);
					ret = -1;
					goto out;
				}
			t = (now_us() - t) / sizes[i].pairs;
			if (!r || t < best)
				best = t;
		}
		printf("# cost %s %zu %.1f\n", p->name, sizes[i].size, best);
	}
out:
	munmap(va, 64UL << 20);
	return ret;
}

/* The edu device bound to vfio-pci: its BDF and group number */
static int find_edu(char *bdf, size_t len, int *group)
{
	char path[PATH_MAX], link[PATH_MAX], id[16];
	struct dirent *d;
	DIR *dir = opendir("/sys/bus/pci/devices");
	int ret = -1;

	while (dir && ret && (d = readdir(dir))) {
		FILE *f;
		ssize_t n;

		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/device",
			 d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (fgets(id, sizeof(id), f) && !strncmp(id, "0x11e8", 6)) {
			snprintf(path, sizeof(path),
				 "/sys/bus/pci/devices/%s/iommu_group",
				 d->d_name);
			n = readlink(path, link, sizeof(link) - 1);
			if (n > 0) {
				link[n] = 0;
				*group = atoi(strrchr(link, '/') + 1);
				snprintf(bdf, len, "%s", d->d_name);
				ret = 0;
			}
		}
		fclose(f);
	}
	if (dir)
		closedir(dir);
	return ret;
}

static int run_type1(int group_nr)
{
	struct path p = { "type1", -1, 0, type1_map, type1_unmap };
	char path[64];
	int group, ret = -1;

	snprintf(path, sizeof(path), "/dev/vfio/%d", group_nr);
	p.fd = open("/dev/vfio/vfio", O_RDWR);
	group = open(path, O_RDWR);
	if (p.fd < 0 || group < 0 ||
	    ioctl(group, VFIO_GROUP_SET_CONTAINER, &p.fd) ||
	    ioctl(p.fd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU)) {
		printf("# type1 setup: %s\n", strerror(errno));
		goto out;
	}
	ret = measure(&p);
out:
	if (group >= 0)
		close(group);
	if (p.fd >= 0)
		close(p.fd);
	return ret;
}

static int run_iommufd(const char *bdf)
{
	struct path p = { "iommufd", -1, 0, ioas_map, ioas_unmap };
	struct iommu_ioas_alloc alloc = { .size = sizeof(alloc) };
	struct vfio_device_bind_iommufd bind = { .argsz = sizeof(bind) };
	struct vfio_device_attach_iommufd_pt attach = {
		.argsz = sizeof(attach),
	};
	char path[PATH_MAX], name[NAME_MAX + 1] = "";
	struct dirent *d;
	int dev = -1, ret = -1;
	DIR *dir;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vfio-dev", bdf);
	dir = opendir(path);
	while (dir && (d = readdir(dir)))
		if (!strncmp(d->d_name, "vfio", 4))
			snprintf(name, sizeof(name), "%s", d->d_name);
	if (dir)
		closedir(dir);
	snprintf(path, sizeof(path), "/dev/vfio/devices/%s", name);
	p.fd = open("/dev/iommu", O_RDWR);
	dev = open(path, O_RDWR);
	bind.iommufd = p.fd;
	if (p.fd < 0 || dev < 0 || ioctl(dev, VFIO_DEVICE_BIND_IOMMUFD, &bind) ||
	    ioctl(p.fd, IOMMU_IOAS_ALLOC, &alloc)) {
		printf("# iommufd setup: %s\n", strerror(errno));
		goto out;
	}
	p.ioas = alloc.out_ioas_id;
	attach.pt_id = p.ioas;
	if (ioctl(dev, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &attach)) {
		printf("# iommufd attach: %s\n", strerror(errno));
		goto out;
	}
	ret = measure(&p);
out:
	if (dev >= 0)
		close(dev);
	if (p.fd >= 0)
		close(p.fd);
	return ret;
}

int main(void)
{
	char bdf[NAME_MAX + 1];
	int group;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (find_edu(bdf, sizeof(bdf), &group)) {
		printf("not ok 1 no edu device bound to vfio-pci\n");
		return 1;
	}
	printf("1..2\n# edu %s group %d\n", bdf, group);
	printf("%sok 1 type1 map+unmap of RAM\n", run_type1(group) ? "not " : "");
	printf("%sok 2 iommufd map+unmap of RAM\n",
	       run_iommufd(bdf) ? "not " : "");
	return 0;
}
