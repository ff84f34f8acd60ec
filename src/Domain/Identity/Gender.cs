namespace KnowledgePay.Domain.Identity;

public enum Gender
{
    Unspecified,
    Female,
    Male,
    Other,
}
