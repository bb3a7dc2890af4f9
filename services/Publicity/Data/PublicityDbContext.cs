using Justice.Audit;
using Justice.Messaging;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Domain.Films;
using Justice.Publicity.Domain.Publications;
using Justice.Publicity.Mail;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Data;

/// <summary>
/// Publicity's database: public events and their registrations, the mail waiting to be sent, and the outbox and inbox.
/// </summary>
public sealed class PublicityDbContext(DbContextOptions<PublicityDbContext> options) : DbContext(options)
{
    public DbSet<PublicEvent> Events => Set<PublicEvent>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<PublicationFile> PublicationFiles => Set<PublicationFile>();
    public DbSet<PublicationFileContent> PublicationFileContents => Set<PublicationFileContent>();
    public DbSet<TrainingFilm> Films => Set<TrainingFilm>();
    public DbSet<FilmVersion> FilmVersions => Set<FilmVersion>();
    public DbSet<FilmVersionContent> FilmVersionContents => Set<FilmVersionContent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PublicityDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
