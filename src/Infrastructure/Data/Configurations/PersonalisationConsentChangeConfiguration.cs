using KnowledgePay.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class PersonalisationConsentChangeConfiguration : IEntityTypeConfiguration<PersonalisationConsentChange>
{
    public void Configure(EntityTypeBuilder<PersonalisationConsentChange> builder)
    {
        // No foreign key to the user, as for acceptances: the history is the evidence of consent.
        builder.Property(c => c.Source).HasMaxLength(AgreementLimits.ConsentSourceLength);
        builder.HasIndex(c => c.UserId);
    }
}
