namespace KnowledgePay.Domain.Experiments;

public static class ExperimentLimits
{
    public const int KeyMaxLength = 64;
    public const int NameMaxLength = 100;
    public const int MinVariants = 2;
    public const int MaxVariants = 8;
    public const int MaxConversionWindowDays = 60;
    public const int PayloadMaxLength = 4000;
    public const int DecisionMaxLength = 1000;
    public const int MaxPlatforms = 10;
}
