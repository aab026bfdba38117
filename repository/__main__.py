from repository.cli import main

main()
