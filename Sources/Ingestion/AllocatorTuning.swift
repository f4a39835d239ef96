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
    public static func returnLargeBlocksPromptly() {
        #if canImport(Glibc)
        // mallopt(M_MMAP_THRESHOLD = -3, 1 MB): <malloc.h> is not part of Swift's Glibc module.
        if let symbol = dlsym(nil, "mallopt") {
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            _ = mallopt(-3, 1 << 20)
        }
        #endif
    }
}
