import Foundation

/// The built-in templates (`portfolio/`, `interview/`, `init/`), shipped as this target's
/// resource bundle (`folio_FolioTemplates.resources`) so a copied release binary finds them
/// beside itself. This file exists because a SwiftPM target needs one source file; the
/// lookup itself is `TemplateLocator` in FolioRender.
public enum FolioTemplates {
    /// The resource bundle's folder name, as SwiftPM names it (`<package>_<target>.resources`).
    public static let bundleName = "folio_FolioTemplates.resources"
}
