# SPDX-License-Identifier: GPL-2.0
#
# arm64 QEMU config for KUnit that boots the kernel at EL2, with KVM and an
# SMMUv3, as on a Qualcomm SoC where Linux is the hypervisor (KVM host).
# Harness copy; the series adds the same file as
# tools/testing/kunit/qemu_configs/arm64_el2.py.
from ..qemu_config import QemuArchParams

QEMU_ARCH = QemuArchParams(linux_arch='arm64',
			   kconfig='''
CONFIG_SERIAL_AMBA_PL011=y
CONFIG_SERIAL_AMBA_PL011_CONSOLE=y
CONFIG_VIRTUALIZATION=y
CONFIG_KVM=y
CONFIG_IOMMU_SUPPORT=y
CONFIG_ARM_SMMU_V3=y''',
			   qemu_arch='aarch64',
			   kernel_path='arch/arm64/boot/Image.gz',
			   kernel_command_line='console=ttyAMA0',
			   extra_qemu_params=['-machine',
					      'virt,virtualization=on,gic-version=3,iommu=smmuv3',
					      '-cpu', 'max,pauth-impdef=on'])
