from carelead.cli import main

main()
