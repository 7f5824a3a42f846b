// Holds the embedded translations (see CMakeLists.txt).
namespace QualityLoopI18n {
int anchor()
{
    return 0;
}
} // namespace QualityLoopI18n
