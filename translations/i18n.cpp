// The library's only source: what it carries is the resource with the compiled translations
// (":/i18n/qualityloop_<code>.qm", see CMakeLists.txt), linked into every program that links it.
namespace QualityLoopI18n {
int anchor()
{
    return 0;
}
} // namespace QualityLoopI18n
