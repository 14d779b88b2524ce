extension String {
    /// The text of `scalars`, encoded to UTF-8 in one allocation.
    ///
    /// The scanners of the text layer work on arrays of Unicode scalars and cut words out of
    /// them; `String(String.UnicodeScalarView(slice))` appends scalar by scalar and took about
    /// 900 ns for a 20-scalar Korean slice, this about 75 ns (`Benchmarks/instructions.sh`
    /// counts the whole commands). Inlinable: unspecialised across modules it asked a witness
    /// table for every scalar and was slower than the view.
    @inlinable
    public init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
