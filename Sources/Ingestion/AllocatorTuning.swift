import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Process-wide settings of the C allocator for work that frees large buffers on several threads.
public enum AllocatorTuning {
    /// Makes glibc return large freed blocks (≥ 1 MB) to the system at once.
    ///
    /// A segment's buffers and outputs are large blocks freed as soon as it is written. glibc keeps such
    /// blocks in its heaps once it has raised its mmap threshold, and with segments written on other
    /// threads the kept blocks piled up across heaps: the laws ×3 peaked at 420 MB instead of 225 MB.
    /// A fixed threshold returns them at once. Elsewhere than glibc this does nothing.
    ///
    /// A fixed threshold also stops glibc from raising its trim threshold with it (to twice the mmap threshold), which
    /// left it at 128 KB: the free memory at the top of a heap was handed back to the system past 128 KB, and the next
    /// file's analysis faulted it in again, page by zeroed page — a fifth of a build's page faults. Blocks under 1 MB
    /// are what a heap holds, so up to 1 MB is kept at its top (the laws' peak memory is the same).
    public static func returnLargeBlocksPromptly() {
        #if canImport(Glibc)
        // mallopt(M_MMAP_THRESHOLD = -3, 1 MB), mallopt(M_TRIM_THRESHOLD = -1, 1 MB): <malloc.h> is not part of
        // Swift's Glibc module.
        if let symbol = dlsym(nil, "mallopt") {
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            _ = mallopt(-3, 1 << 20)
            _ = mallopt(-1, 1 << 20)
        }
        #endif
    }
}
