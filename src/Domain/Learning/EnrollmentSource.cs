namespace KnowledgePay.Domain.Learning;

public enum EnrollmentSource
{
    Purchase,
    AdminGrant,
}
